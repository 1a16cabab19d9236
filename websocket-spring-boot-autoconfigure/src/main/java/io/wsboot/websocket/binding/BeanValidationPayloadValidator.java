package io.wsboot.websocket.binding;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import io.wsboot.websocket.PayloadValidationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

/**
 * Validates bound payloads with Bean Validation: the constraint annotations of records and
 * classes, nested through {@code @Valid}.
 */
public final class BeanValidationPayloadValidator implements PayloadValidator {

	private final Validator validator;

	/**
	 * Create a validator.
	 * @param validator the Bean Validation validator
	 */
	public BeanValidationPayloadValidator(Validator validator) {
		this.validator = validator;
	}

	@Override
	public void validate(Object value) {
		Set<ConstraintViolation<Object>> violations = this.validator.validate(value);
		if (!violations.isEmpty()) {
			throw new PayloadValidationException("data validation failed: " + violations.stream()
				.map((violation) -> violation.getPropertyPath() + " " + violation.getMessage())
				.sorted(Comparator.naturalOrder())
				.collect(Collectors.joining(", ")));
		}
	}

}
