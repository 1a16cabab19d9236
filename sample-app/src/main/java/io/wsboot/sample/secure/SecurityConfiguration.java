package io.wsboot.sample.secure;

import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Spring Security for the sample: HTTP Basic with the users of {@link SampleUsers}. Every request
 * may pass — the chat, the echo and the pages stay open to all — and each WebSocket endpoint's
 * {@code @Authenticated} says who may connect.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SampleUsers.class)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) {
		return http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((sessions) -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	InMemoryUserDetailsManager users(SampleUsers sample) {
		List<UserDetails> users = sample.users()
			.entrySet()
			.stream()
			.map((user) -> User.withUsername(user.getKey())
				.password(user.getValue().password())
				.authorities(user.getValue().scopes().stream().map((scope) -> "SCOPE_" + scope).toArray(String[]::new))
				.build())
			.toList();
		return new InMemoryUserDetailsManager(users);
	}

}
