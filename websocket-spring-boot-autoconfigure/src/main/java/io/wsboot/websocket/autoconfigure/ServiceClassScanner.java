package io.wsboot.websocket.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import io.wsboot.websocket.Service;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Finds the concrete {@link Service} classes of the application's packages, so that their methods
 * are checked at start-up even when an {@code UpgradeService} creates them with {@code new}.
 */
final class ServiceClassScanner {

	private ServiceClassScanner() {
	}

	static List<Class<?>> scan(List<String> packages) {
		ClassPathScanningCandidateComponentProvider provider = new ClassPathScanningCandidateComponentProvider(false);
		provider.addIncludeFilter(new AssignableTypeFilter(Service.class));
		List<Class<?>> classes = new ArrayList<>();
		ClassLoader classLoader = ServiceClassScanner.class.getClassLoader();
		for (String basePackage : packages) {
			for (BeanDefinition candidate : provider.findCandidateComponents(basePackage)) {
				classes.add(ClassUtils.resolveClassName(candidate.getBeanClassName(), classLoader));
			}
		}
		return classes;
	}

}
