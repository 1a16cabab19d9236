package io.wsboot.sample.chat;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What a member sends: {@code {"text":"hello"}}.
 *
 * @param text the message
 */
public record ChatMessage(@NotBlank @Size(max = 500) String text) {

}
