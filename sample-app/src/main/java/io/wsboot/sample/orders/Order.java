package io.wsboot.sample.orders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

/**
 * An order: {@code {"item":"tea","quantity":2}}.
 *
 * @param item what is ordered
 * @param quantity how many, at least one
 */
public record Order(@NotBlank String item, @Positive int quantity) {

}
