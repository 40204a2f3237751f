package com.lcnews.trends.shared.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.jdbc.JdbcTestUtils;

import com.lcnews.trends.shared.audit.AuditAction;
import com.lcnews.trends.shared.audit.AuditEntry;
import com.lcnews.trends.shared.audit.AuditLog;
import com.lcnews.trends.shared.audit.AuditQuery;

/** Accounts in the store: rules, the last administrator, audit, seeding; run for H2 and PostgreSQL by the subclasses. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class AccountsContract {

	@Autowired
	AccountService accounts;

	@Autowired
	AccountStore store;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	AuditLog audit;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.springframework.context.ApplicationContext context;

	@BeforeEach
	void emptyStore() {
		JdbcTestUtils.deleteFromTables(jdbc, "user_account", "audit_event");
	}

	@Test
	void aNewAccountIsStoredWithAHashedPasswordAndAudited() {
		Account chief = accounts.create("chief", Roles.ADMIN, "long-enough-1", "setup");

		assertThat(chief.role()).isEqualTo(Roles.ADMIN);
		assertThat(chief.enabled()).isTrue();
		String hash = jdbc.queryForObject("SELECT password_hash FROM user_account WHERE username = 'chief'", String.class);
		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("long-enough-1");
		assertThat(encoder.matches("long-enough-1", hash)).isTrue();
		assertThat(entries(AuditAction.ACCOUNT_CREATED)).singleElement().satisfies(e -> {
			assertThat(e.actor()).isEqualTo("setup");
			assertThat(e.target()).isEqualTo("account:chief");
			assertThat(e.details()).containsEntry("role", "ADMIN");
		});
	}

	@Test
	void namesPasswordsAndRolesAreChecked() {
		accounts.create("编辑甲", Roles.EDITOR, "long-enough-1", "chief");

		assertRefused(() -> accounts.create("编辑甲", Roles.EDITOR, "long-enough-2", "chief"), "taken");
		accounts.create("Chief", Roles.ADMIN, "long-enough-1", "x");
		assertRefused(() -> accounts.create("CHIEF", Roles.ADMIN, "long-enough-1", "x"), "taken");
		assertRefused(() -> accounts.create("bad name", Roles.EDITOR, "long-enough-1", "x"), "badName");
		assertRefused(() -> accounts.create("short", Roles.EDITOR, "2short", "x"), "tooShort");
		assertRefused(() -> accounts.create("long", Roles.EDITOR, "长".repeat(25), "x"), "tooLong");
		assertRefused(() -> accounts.create("samesame1234", Roles.EDITOR, "SameSame1234", "x"), "sameAsName");
		assertRefused(() -> accounts.create("root", "ROOT", "long-enough-1", "x"), "badRole");
		assertThat(accounts.list()).extracting(Account::username).containsExactlyInAnyOrder("编辑甲", "Chief");
	}

	@Test
	void theLastEnabledAdministratorCannotBeDemotedDisabledOrDeleted() {
		accounts.create("chief", Roles.ADMIN, "long-enough-1", "setup");
		accounts.create("ed", Roles.EDITOR, "long-enough-2", "chief");

		assertRefused(() -> accounts.changeRole("chief", Roles.EDITOR, "ops"), "lastAdmin");
		assertRefused(() -> accounts.setEnabled("chief", false, "ops"), "lastAdmin");
		assertRefused(() -> accounts.delete("chief", "ops"), "lastAdmin");

		accounts.changeRole("ed", Roles.ADMIN, "chief");
		accounts.setEnabled("chief", false, "ed");
		assertRefused(() -> accounts.delete("ed", "ops"), "lastAdmin");
		accounts.delete("chief", "ed");
		assertThat(accounts.list()).extracting(Account::username).containsExactly("ed");
	}

	@Test
	void nobodyChangesHisOwnRoleOrDisablesOrDeletesHimselfButMaySetHisPassword() {
		accounts.create("chief", Roles.ADMIN, "long-enough-1", "setup");
		accounts.create("deputy", Roles.ADMIN, "long-enough-2", "chief");

		assertRefused(() -> accounts.changeRole("chief", Roles.EDITOR, "chief"), "self");
		assertRefused(() -> accounts.setEnabled("chief", false, "chief"), "self");
		assertRefused(() -> accounts.delete("chief", "chief"), "self");
		accounts.setPassword("chief", "my-own-new-pass", "chief");
		assertRefused(() -> accounts.create("System", Roles.ADMIN, "long-enough-1", "chief"), "reserved");
		assertThat(accounts.list()).extracting(Account::role).containsExactly(Roles.ADMIN, Roles.ADMIN);
	}

	@Test
	void everyChangeIsAuditedWithWhoAndWhat() {
		accounts.create("chief", Roles.ADMIN, "long-enough-1", "setup");
		accounts.create("ed", Roles.EDITOR, "long-enough-2", "chief");

		accounts.changeRole("ed", Roles.SCIENTIST, "chief");
		accounts.setPassword("ed", "another-pass-3", "chief");
		accounts.setEnabled("ed", false, "chief");
		accounts.setEnabled("ed", true, "chief");
		accounts.delete("ed", "chief");
		accounts.setEnabled("chief", true, "chief");

		List<AuditEntry> log = audit.find(new AuditQuery(Set.of(), "chief", null, null, "account:ed"), 0, 50);
		assertThat(log).extracting(AuditEntry::action).containsExactly(AuditAction.ACCOUNT_DELETED,
				AuditAction.ACCOUNT_ENABLED, AuditAction.ACCOUNT_DISABLED, AuditAction.ACCOUNT_PASSWORD_CHANGED,
				AuditAction.ACCOUNT_ROLE_CHANGED, AuditAction.ACCOUNT_CREATED);
		assertThat(log.get(4).details()).containsEntry("from", "EDITOR").containsEntry("to", "SCIENTIST");
		assertThat(log).allSatisfy(e -> assertThat(e.details().toString()).doesNotContain("another-pass-3"));
		assertThat(entries(AuditAction.ACCOUNT_ENABLED)).as("no change, no entry").hasSize(1);
	}

	@Test
	void signInReadsTheStoreAndADisabledAccountCannotSignIn() {
		accounts.create("chief", Roles.ADMIN, "long-enough-1", "setup");
		accounts.create("ed", Roles.EDITOR, "long-enough-2", "chief");
		AccountUserDetailsService users = new AccountUserDetailsService(store);

		UserDetails ed = users.loadUserByUsername("ed");
		assertThat(ed.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EDITOR");
		assertThat(encoder.matches("long-enough-2", ed.getPassword())).isTrue();

		accounts.setEnabled("ed", false, "chief");
		assertThat(users.loadUserByUsername("ed").isEnabled()).isFalse();
	}

	@Test
	void theEmbeddedDefaultHashesConfiguredPlainPasswordsBeforeStoringThem() {
		seeder(account("demo", "{noop}demo", Roles.EDITOR)).seed();

		String hash = jdbc.queryForObject("SELECT password_hash FROM user_account WHERE username = 'demo'", String.class);
		assertThat(hash).startsWith("{bcrypt}");
		assertThat(encoder.matches("demo", hash)).isTrue();
	}

	@Test
	void anyOtherProfileRefusesPlainPasswordsAndNamesTheAccount() {
		assertThatThrownBy(() -> seeder(account("chief", "{noop}secret-secret", Roles.ADMIN), "postgres").seed())
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("newstrends.security.users[0] ('chief')")
			.hasMessageContaining("plain-text {noop} passwords are refused")
			.hasMessageContaining("accounts hash");
		assertThatThrownBy(() -> seeder(account("chief", "secret-secret", Roles.ADMIN), "staging").seed())
			.hasMessageContaining("must be an encoded hash");
		assertThatThrownBy(() -> seeder(account("chief", "{bcrypt}not-a-hash", Roles.ADMIN), "postgres").seed())
			.hasMessageContaining("must be an encoded hash");
		assertThat(accounts.noAccounts()).as("nothing stored from a refused configuration").isTrue();

		seeder(account("chief", encoder.encode("secret-secret"), Roles.ADMIN), "postgres").seed();
		assertThat(accounts.list()).extracting(Account::username).containsExactly("chief");
	}

	@Test
	void seedingLeavesExistingAccountsAsAdministratorsChangedThem() {
		UserAccountsProperties.Account configured = account("chief", "{noop}configured-1", Roles.ADMIN);
		seeder(configured).seed();
		accounts.setPassword("chief", "changed-later-2", "chief");
		accounts.create("second", Roles.ADMIN, "long-enough-1", "chief");
		accounts.changeRole("chief", Roles.EDITOR, "second");

		seeder(configured).seed();

		AccountStore.Stored chief = store.find("chief").orElseThrow();
		assertThat(chief.account().role()).isEqualTo(Roles.EDITOR);
		assertThat(encoder.matches("changed-later-2", chief.passwordHash())).isTrue();
	}

	@Test
	void theAccountsCommandAddsAnAdministratorWithThePasswordFromStandardInput() throws Exception {
		String out = run("first-admin-pass\n", "--by", "ops", "add", "chief", "--role", "admin");

		assertThat(out).isEqualTo("created chief (ADMIN)\n");
		assertThat(encoder.matches("first-admin-pass", store.find("chief").orElseThrow().passwordHash())).isTrue();
		assertThat(entries(AuditAction.ACCOUNT_CREATED)).filteredOn(e -> e.target().equals("account:chief"))
			.extracting(AuditEntry::actor)
			.containsExactly("ops");
		assertThat(run("", "list")).contains("chief").contains("ADMIN").contains("ops");
		String hash = run("for-the-config-1\n", "hash").strip();
		assertThat(hash).startsWith("{bcrypt}$2");
		assertThat(encoder.matches("for-the-config-1", hash)).isTrue();
		assertThat(exitCode("short\n", "add", "second")).isNotZero();
		assertThat(store.find("second")).isEmpty();
	}

	private String run(String stdin, String... args) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		java.io.PrintStream stdout = System.out;
		System.setOut(new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
		try {
			assertThat(exitCode(stdin, args)).isZero();
		}
		finally {
			System.setOut(stdout);
		}
		return out.toString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private int exitCode(String stdin, String... args) {
		java.io.InputStream in = System.in;
		System.setIn(new java.io.ByteArrayInputStream(stdin.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		try {
			return new picocli.CommandLine(new com.lcnews.trends.testing.ContextServices(context).give(new AccountsCommand()))
				.execute(args);
		}
		finally {
			System.setIn(in);
		}
	}

	private AccountSeeder seeder(UserAccountsProperties.Account account, String... profiles) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profiles);
		return new AccountSeeder(new UserAccountsProperties(List.of(account)), accounts, store, encoder, environment);
	}

	private static UserAccountsProperties.Account account(String name, String password, String role) {
		return new UserAccountsProperties.Account(name, password, role);
	}

	private List<AuditEntry> entries(AuditAction action) {
		return audit.find(new AuditQuery(Set.of(action), null, null, null, null), 0, 100);
	}

	private static void assertRefused(Runnable change, String code) {
		assertThatThrownBy(change::run).isInstanceOf(AccountException.class)
			.satisfies(ex -> assertThat(((AccountException) ex).code()).isEqualTo(code));
	}

}
