package org.comity.web.security;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.comity.core.identity.Actor;
import org.comity.core.identity.UserAccount;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A person signed in with user name and password, carrying their role and jurisdiction. Once the
 * password is checked, Spring Security erases the credentials ({@link CredentialsContainer}): the
 * principal kept in the browser session, which nodes sharing sessions store in the database, then
 * holds no password hash. Two principals are equal when they are the same user, so that "one
 * session per officer" finds the officer's other sessions.
 */
public final class PersonPrincipal implements UserDetails, ActorPrincipal, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private UserAccount account;

    public PersonPrincipal(UserAccount account) {
        this.account = account;
    }

    public UserAccount account() {
        return account;
    }

    /** For templates: {@code #authentication.principal.account}. */
    public UserAccount getAccount() {
        return account;
    }

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

    @Override
    public void eraseCredentials() {
        account = new UserAccount(
                account.username(),
                account.displayName(),
                account.role(),
                account.jurisdiction(),
                null,
                account.enabled());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PersonPrincipal person
                && person.account.username().equals(account.username());
    }

    @Override
    public int hashCode() {
        return account.username().hashCode();
    }

    @Override
    public String toString() {
        return "PersonPrincipal[" + account.username() + "]";
    }
}
