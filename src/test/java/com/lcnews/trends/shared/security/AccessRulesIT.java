package com.lcnews.trends.shared.security;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;

/** Server-side access rules for HTTP endpoints and the configured demo accounts. */
@SpringBootTest
@AutoConfigureMockMvc
@AutoConfigureObservability
class AccessRulesIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void healthIsPublic() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
	}

	@Test
	void metricsNeedAnAdministrator() throws Exception {
		mvc.perform(get("/actuator/metrics")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/metrics").with(user("e").roles(Roles.EDITOR))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(user("s").roles(Roles.SCIENTIST))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/metrics").with(user("a").roles(Roles.ADMIN))).andExpect(status().isOk());
	}

	@Test
	void prometheusScrapesAnswerAdministratorsOnly() throws Exception {
		mvc.perform(get("/actuator/prometheus")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/prometheus").with(user("e").roles(Roles.EDITOR))).andExpect(status().isForbidden());
		mvc.perform(get("/actuator/prometheus").with(user("a").roles(Roles.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("jvm_memory_used_bytes")));
	}

	@Test
	void anonymousVisitorsAreSentToTheSignInPage() throws Exception {
		mvc.perform(get("/trends")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("**/login"));
	}

	@Test
	void demoAccountsHaveTheirRoles() {
		assertThat(users.loadUserByUsername("editor").getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_EDITOR");
		assertThat(users.loadUserByUsername("admin").getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_ADMIN");
		assertThat(users.loadUserByUsername("scientist").getAuthorities()).extracting(Object::toString)
			.containsExactly("ROLE_SCIENTIST");
	}

}
