package io.wsboot.websocket.autoconfigure;

import io.wsboot.websocket.binding.PayloadBinder;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Auto-configuration of the {@link PayloadBinder} that server and client use to bind payloads,
 * on the application's Jackson {@link JsonMapper} when there is one.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration")
public final class WebSocketBindingAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	PayloadBinder webSocketPayloadBinder(ObjectProvider<JsonMapper> jsonMapper) {
		return new PayloadBinder(jsonMapper.getIfAvailable(JsonMapper::new));
	}

}
