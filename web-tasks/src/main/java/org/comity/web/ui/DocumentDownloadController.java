package org.comity.web.ui;

import org.comity.core.identity.Actor;
import org.comity.web.document.DocumentDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The download link of the case page: the PDF through the very code path of
 * {@code GET /api/v1/documents/{id}} (same visibility rule, same consultation entry, same SHA-256
 * headers), for a signed-in officer's session instead of API credentials.
 */
@Controller
class DocumentDownloadController {

    private final DocumentDownloads downloads;

    DocumentDownloadController(DocumentDownloads downloads) {
        this.downloads = downloads;
    }

    @GetMapping("/documents/{id}")
    ResponseEntity<byte[]> download(Actor actor, @PathVariable String id) {
        return downloads.download(actor, id, null);
    }
}
