package io.wsboot.websocket.autoconfigure;

import io.wsboot.websocket.binding.BeanValidationPayloadValidator;
import io.wsboot.websocket.binding.PayloadBinder;
import io.wsboot.websocket.binding.PayloadValidator;
import jakarta.validation.Validator;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the {@link PayloadBinder} that server and client use to bind payloads,
 * on the application's Jackson {@link JsonMapper} when there is one, validating bound payloads
 * with the application's Bean Validation {@link Validator} when there is one.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
		"org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration" })
public final class WebSocketBindingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PayloadBinder webSocketPayloadBinder(ObjectProvider<JsonMapper> jsonMapper,
			ObjectProvider<PayloadValidator> validator) {
		return new PayloadBinder(jsonMapper.getIfAvailable(JsonMapper::new), validator.getIfAvailable());
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(Validator.class)
	@ConditionalOnBean(Validator.class)
	static class BeanValidationConfiguration {

		@Bean
		@ConditionalOnMissingBean
		PayloadValidator webSocketPayloadValidator(Validator validator) {
			return new BeanValidationPayloadValidator(validator);
		}

	}

}
