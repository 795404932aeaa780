package org.comity.web.security;

import java.util.Collection;
import java.util.List;
import org.comity.core.identity.Actor;
import org.comity.core.identity.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A person signed in with user name and password, carrying their role and jurisdiction. */
public record PersonPrincipal(UserAccount account) implements UserDetails, ActorPrincipal {

    @Override
    public Actor actor() {
        return account.actor();
    }

    public String displayName() {
        return account.displayName();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name()));
    }

    @Override
    public String getPassword() {
        return account.passwordHash();
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }
}
