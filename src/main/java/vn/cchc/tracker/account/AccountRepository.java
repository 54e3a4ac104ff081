package vn.cchc.tracker.account;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    @Query("select a from Account a order by a.role, a.username")
    List<Account> findAllOrdered();

    boolean existsByUsername(String username);
}
