package org.branchpress.render;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import freemarker.ext.beans.BeansWrapper;
import freemarker.ext.beans.StringModel;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

/**
 * FreeMarker's default object wrapper, with a shortcut for our view records: {@code card.title}
 * calls the record's accessor through a handle found once per record class, where the default
 * looked the name up in its class introspection, invoked the accessor reflectively and kept a
 * per-object member cache, for each of the hundreds of reads a page makes (a quarter of the
 * templates' time). Everything else — a name that is no component, {@code card.title()},
 * {@code ${card}}, {@code ?keys} — is the default's, exactly: the model is the one the default
 * makes for a record, with only the component read taken first.
 */
final class ViewWrapper extends DefaultObjectWrapper {
    /** A public view record's components by name, as handles taking and returning Object; empty for others. */
    private static final ClassValue<Map<String, MethodHandle>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, MethodHandle> computeValue(Class<?> type) {
            Map<String, MethodHandle> components = new HashMap<>();
            if (!type.isRecord() || !Modifier.isPublic(type.getModifiers())
                    || !type.getPackageName().startsWith("org.branchpress.")) {
                return components;
            }
            MethodType getter = MethodType.methodType(Object.class, Object.class);
            for (RecordComponent c : type.getRecordComponents()) {
                try {
                    components.put(c.getName(), MethodHandles.publicLookup().unreflect(c.getAccessor()).asType(getter));
                } catch (IllegalAccessException notPublic) {
                    // read the default way
                }
            }
            return Map.copyOf(components);
        }
    };

    ViewWrapper() {
        super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        Map<String, MethodHandle> components = COMPONENTS.get(obj.getClass());
        return components.isEmpty() ? super.handleUnknownType(obj) : new ViewModel(obj, this, components);
    }

    /** The default's model of a record (GenericObjectModel, whose get is final), components read first. */
    private static final class ViewModel extends StringModel implements MethodCallAwareTemplateHashModel {
        private final Map<String, MethodHandle> components;

        ViewModel(Object view, BeansWrapper wrapper, Map<String, MethodHandle> components) {
            super(view, wrapper);
            this.components = components;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            MethodHandle accessor = components.get(key);
            if (accessor == null) {
                return super.get(key);
            }
            Object value;
            try {
                value = (Object) accessor.invokeExact(object);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new TemplateModelException("reading " + key + " of " + object.getClass().getSimpleName(), e);
            }
            return wrap(value);
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException,
                ShouldNotBeGetAsMethodException {
            return super.getBeforeMethodCall(key);
        }
    }
}
