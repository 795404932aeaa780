package org.comity.web.security;

import jakarta.servlet.http.HttpSession;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Stay signed in": the session-timeout warning's button calls this, and the call itself, being a
 * signed-in request, restarts the session's idle timeout (reliability-and-security.md S4: 15 minutes
 * idle). It answers the idle timeout so that the page can set its next warning. It reads nothing and
 * changes nothing else; the absolute limit of 8 hours still applies ({@link AbsoluteSessionTimeout}).
 */
@RestController
class SessionKeepAliveController {

    static final String PATH = "/session/keep-alive";

    @GetMapping(PATH)
    ResponseEntity<Map<String, Integer>> keepAlive(HttpSession session) {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(Map.of("idleTimeoutSeconds", session.getMaxInactiveInterval()));
    }
}
