package org.comity.web.security;

import org.comity.core.identity.UserAccounts;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Loads signed-in people from Comity's user table for both form login and HTTP Basic. */
@Service
class PersonDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    PersonDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        if (username == null || username.length() > 64) {
            throw new UsernameNotFoundException("unknown user");
        }
        return accounts.find(username)
                .map(PersonPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
