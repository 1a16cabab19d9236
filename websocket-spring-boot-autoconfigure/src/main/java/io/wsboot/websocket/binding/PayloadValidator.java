package io.wsboot.websocket.binding;

import io.wsboot.websocket.PayloadValidationException;

/**
 * Checks a bound payload, in the part of the reference's {@code constraint} validation.
 */
@FunctionalInterface
public interface PayloadValidator {

	/**
	 * Checks a value.
	 * @param value the bound payload
	 * @throws PayloadValidationException with {@code "data validation failed: …"} when it is invalid
	 */
	void validate(Object value);

}
