package org.vigil.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.vigil.accounts.Role;
import org.vigil.platform.Refusal;

interface UserAccountRepository extends JpaRepository<UserAccount, UUID> {

	Optional<UserAccount> findByUsernameIgnoreCase(String username);

	List<UserAccount> findAllByOrderByUsernameAsc();

	/** The enabled users holding the role, those created first first. */
	@Query("select u from UserAccount u where u.enabled = true and :role member of u.roles order by u.createdAt, u.username")
	List<UserAccount> enabledWithRole(Role role, Limit limit);

	/** The user of that name; refused as unknown when there is none. */
	default UserAccount existing(String username) {
		return findByUsernameIgnoreCase(username)
			.orElseThrow(() -> Refusal.onField(AccountRule.UNKNOWN_USERNAME, "username", username).toException());
	}

}
