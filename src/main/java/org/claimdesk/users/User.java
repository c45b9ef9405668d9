package org.claimdesk.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import org.claimdesk.base.SearchKeys;
import org.claimdesk.security.Role;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "app_user")
class User {

    /** The search_key column's size. */
    static final int MAX_SEARCH_KEY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String username = "";

    @Column(name = "display_name", nullable = false, length = 400)
    private String displayName = "";

    /** Username and display name folded, for the filter (see {@link SearchKeys}). */
    @Column(name = "search_key", nullable = false, length = MAX_SEARCH_KEY)
    private String searchKey = "";

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash = "";

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role = Role.VIEWER;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @Version
    private long version;

    protected User() {
    }

    User(String username, String displayName, String passwordHash, Role role) {
        this.username = username;
        this.displayName = displayName;
        this.searchKey = SearchKeys.of(List.of(username, displayName), MAX_SEARCH_KEY);
        this.passwordHash = passwordHash;
        this.role = role;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public Role getRole() {
        return role;
    }

    void setRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
