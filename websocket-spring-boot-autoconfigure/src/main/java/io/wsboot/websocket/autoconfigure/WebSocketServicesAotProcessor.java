package io.wsboot.websocket.autoconfigure;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.wsboot.websocket.Caller;
import io.wsboot.websocket.HandshakeRequest;
import io.wsboot.websocket.Service;
import io.wsboot.websocket.UpgradeService;
import io.wsboot.websocket.WebSocketException;
import io.wsboot.websocket.WebSocketService;
import org.jspecify.annotations.Nullable;

import org.springframework.aot.hint.BindingReflectionHintsRegistrar;
import org.springframework.aot.hint.MemberCategory;
import org.springframework.aot.hint.ReflectionHints;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotContribution;
import org.springframework.beans.factory.aot.BeanFactoryInitializationAotProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;

/**
 * Registers, at build time, the runtime hints a native image needs for the application's WebSocket
 * services: the {@code @WebSocketService} beans, the {@link Service} classes their
 * {@link UpgradeService}s return and those of the application's packages, with the public methods
 * wsboot calls, and the payload types those methods bind from and to JSON (records, enums, the
 * element types of collections) as Jackson needs them.
 */
final class WebSocketServicesAotProcessor implements BeanFactoryInitializationAotProcessor {

	/** Parameter types wsboot supplies itself, which are no payloads. */
	private static final Set<Class<?>> SUPPLIED = Set.of(Caller.class, WebSocketException.class, int.class,
			HandshakeRequest.class);

	@Override
	public @Nullable BeanFactoryInitializationAotContribution processAheadOfTime(
			ConfigurableListableBeanFactory beanFactory) {
		Set<Class<?>> services = new LinkedHashSet<>();
		for (String name : beanFactory.getBeanNamesForAnnotation(WebSocketService.class)) {
			Class<?> type = beanFactory.getType(name);
			if (type != null) {
				addService(ClassUtils.getUserClass(type), services);
			}
		}
		List<String> packages = AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory)
				: List.of();
		ServiceClassScanner.scan(packages).forEach(services::add);
		if (services.isEmpty()) {
			return null;
		}
		return (generationContext, code) -> {
			ReflectionHints reflection = generationContext.getRuntimeHints().reflection();
			BindingReflectionHintsRegistrar payloads = new BindingReflectionHintsRegistrar();
			for (Class<?> service : services) {
				reflection.registerType(service, MemberCategory.INVOKE_PUBLIC_METHODS);
				for (Method method : service.getMethods()) {
					if (isCalledByWsboot(method)) {
						for (Type parameter : method.getGenericParameterTypes()) {
							if (!(parameter instanceof Class<?> plain && SUPPLIED.contains(plain))) {
								payloads.registerReflectionHints(reflection, parameter);
							}
						}
						payloads.registerReflectionHints(reflection, method.getGenericReturnType());
					}
				}
			}
		};
	}

	private static void addService(Class<?> type, Set<Class<?>> services) {
		if (Service.class.isAssignableFrom(type)) {
			services.add(type);
		}
		if (UpgradeService.class.isAssignableFrom(type)) {
			services.add(type);
			Method get = ReflectionUtils.findMethod(type, "get", HandshakeRequest.class);
			if (get != null && Service.class.isAssignableFrom(get.getReturnType())
					&& !Modifier.isAbstract(get.getReturnType().getModifiers())) {
				services.add(get.getReturnType());
			}
		}
	}

	/** The methods wsboot may call: every public instance method, as a dispatcher key reaches any name. */
	private static boolean isCalledByWsboot(Method method) {
		return method.getDeclaringClass() != Object.class && !method.isBridge() && !method.isSynthetic()
				&& !Modifier.isStatic(method.getModifiers());
	}

}
