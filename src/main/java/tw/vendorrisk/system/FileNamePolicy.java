package tw.vendorrisk.system;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.FileValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.impl.value.FileValueImpl;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;

import tw.vendorrisk.document.FileNames;

/**
 * Every file the engine keeps is kept under its safe name ({@link FileNames}): engine REST writes a File
 * variable's name as given into the quoted {@code filename="…"} of its downloads
 * ({@code /variable-instance/{id}/data}, {@code /history/variable-instance/{id}/data},
 * {@code /history/detail/{id}/data}, {@code /task/{id}/variables/{name}/data}, …), so a name with a quote
 * or a line break could close the name and add parameters or headers of its own.
 * <p>
 * The name is made safe once, where the engine writes any File variable, whoever sets it (a task
 * completion, a form, a start, a message, {@code …/variables/{name}/data}, a delegate): the engine's
 * file serializer is replaced for writing by one that renames the file first. The file object itself
 * is renamed, so what the rest of the transaction reads (the delegate that keeps the draft in the
 * register) has the same name as the engine and its history. Reading is left to the engine's own
 * serializer of the same name, {@code file}.
 * <p>
 * {@link FileValueSerializer} and the {@code filename} field of {@link FileValueImpl} are the engine's
 * internals, used here by name: a move to another engine (Operaton) must check them again.
 */
@Component
class FileNamePolicy extends AbstractProcessEnginePlugin {

    @Override
    @SuppressWarnings("rawtypes") // the engine's own type for this list
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<TypedValueSerializer> serializers = configuration.getCustomPreVariableSerializers() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreVariableSerializers());
        // the engine puts custom serializers before its own, and writes a value with the first of its type
        serializers.add(new SafeFileNames());
        configuration.setCustomPreVariableSerializers(serializers);
    }

    /** The engine's file serializer, writing the file under its safe name. */
    static final class SafeFileNames extends FileValueSerializer {

        private static final Field FILENAME = filenameField();

        @Override
        public void writeValue(FileValue value, ValueFields valueFields) {
            String safe = FileNames.safe(value.getFilename());
            if (!Objects.equals(safe, value.getFilename())) {
                rename(value, safe);
            }
            super.writeValue(value, valueFields);
        }

        private static void rename(FileValue value, String name) {
            try {
                FILENAME.set(value, name);
            } catch (IllegalAccessException | IllegalArgumentException e) {
                throw new IllegalStateException("Cannot rename the file " + value.getFilename(), e);
            }
        }

        private static Field filenameField() {
            try {
                Field field = FileValueImpl.class.getDeclaredField("filename");
                field.setAccessible(true);
                return field;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("The engine's file values have changed: no field 'filename'", e);
            }
        }
    }
}
