package io.wsboot.sample.secure;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The sample's users, from {@code sample.users} in {@code application.yml}: each with its password
 * and scopes.
 *
 * @param users the users by name
 */
@ConfigurationProperties("sample")
public record SampleUsers(Map<String, User> users) {

	/**
	 * One user.
	 *
	 * @param password the password, with its encoding prefix such as {@code {noop}}
	 * @param scopes the scopes, granted as {@code SCOPE_<scope>} authorities
	 */
	public record User(String password, List<String> scopes) {

	}

}
