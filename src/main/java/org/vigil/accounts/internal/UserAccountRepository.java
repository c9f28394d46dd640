package org.vigil.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.vigil.platform.Refusal;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();

	/** The user of that name; refused as unknown when there is none. */
	default UserAccount existing(String username) {
		return findByUsernameIgnoreCase(username)
			.orElseThrow(() -> Refusal.onField(AccountRule.UNKNOWN_USERNAME, "username", username).toException());
	}

}
