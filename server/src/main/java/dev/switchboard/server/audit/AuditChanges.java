package dev.switchboard.server.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.google.api.FieldBehavior;
import com.google.api.FieldBehaviorProto;
import com.google.protobuf.Descriptors;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;

/**
 * The {@code changes} of an audit entry read from what an admin RPC returns: field name to new
 * value, in the API's JSON form ({@code "120s"}, {@code {"x-team":"a"}}). A write-only secret
 * field ({@code api_key}) is never in a result; its {@code <name>_masked} twin is, and is what is
 * recorded under the secret's name, so a secret can only reach the log masked. As a second
 * guard, a string field (or string map) without such a twin whose name says it holds a secret
 * ({@code secret}, {@code client_secret}, {@code *_token}, {@code password}, {@code api_key}) is
 * recorded masked. Secrets nested inside message fields are not looked for: pass the inner
 * message, or mask them with {@link AuditLog#masked(String)}.
 */
public final class AuditChanges {
    private static final JsonFormat.Printer PRINTER = JsonFormat.printer().omittingInsignificantWhitespace()
                                                                .preservingProtoFieldNames();
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String MASKED_SUFFIX = "_masked";
    private static final Pattern SECRET_NAME = Pattern.compile("secret|password|(?:^|_)token$|(?:^|_)api_key$");

    private AuditChanges() {}

    /** Every field a caller may set that {@code result} holds: what a create recorded. */
    public static Map<String, String> settable(Message result) {
        final Map<String, String> out = new TreeMap<>();
        for (FieldDescriptor fd : result.getDescriptorForType().getFields()) {
            if (!behaviors(fd).contains(FieldBehavior.OUTPUT_ONLY)) {
                final FieldDescriptor shown = shown(result, fd);
                if (isSet(result, shown)) {
                    out.put(fd.getName(), value(result, shown));
                }
            }
        }
        return out;
    }

    /** The new values of the named fields (an update mask's paths) in {@code result}. */
    public static Map<String, String> fields(Message result, Collection<String> paths) {
        final Map<String, String> out = new TreeMap<>();
        for (String path : paths) {
            final FieldDescriptor fd = result.getDescriptorForType().findFieldByName(path);
            if (fd != null) {
                out.put(path, value(result, shown(result, fd)));
            }
        }
        return out;
    }

    /** The field recorded for {@code fd}: its masked twin when it has one. */
    private static FieldDescriptor shown(Message result, FieldDescriptor fd) {
        final FieldDescriptor masked = result.getDescriptorForType().findFieldByName(fd.getName() + MASKED_SUFFIX);
        return masked != null ? masked : fd;
    }

    /** A secret-named string or string map, masked; null for other types. */
    private static String maskedValue(Message m, FieldDescriptor fd) {
        if (fd.getJavaType() == FieldDescriptor.JavaType.STRING && !fd.isRepeated()) {
            return AuditLog.masked((String) m.getField(fd));
        }
        if (fd.isMapField() && fd.getMessageType().findFieldByName("value").getJavaType()
                                == FieldDescriptor.JavaType.STRING) {
            final Map<String, String> masked = new TreeMap<>();
            for (Object o : (List<?>) m.getField(fd)) {
                final Message entry = (Message) o;
                final Descriptors.Descriptor type = entry.getDescriptorForType();
                masked.put((String) entry.getField(type.findFieldByName("key")),
                           AuditLog.masked((String) entry.getField(type.findFieldByName("value"))));
            }
            try {
                return JSON.writeValueAsString(masked);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new IllegalStateException(fd.getName() + ": cannot be shown in the audit log", e);
            }
        }
        return null;
    }

    private static boolean isSet(Message m, FieldDescriptor fd) {
        return fd.isRepeated() ? m.getRepeatedFieldCount(fd) > 0 : m.hasField(fd);
    }

    private static List<FieldBehavior> behaviors(FieldDescriptor fd) {
        return fd.getOptions().getExtension(FieldBehaviorProto.fieldBehavior);
    }

    /** The field's value as the admin API's JSON shows it: strings bare, anything else as JSON. */
    private static String value(Message m, FieldDescriptor fd) {
        if (!fd.getName().endsWith(MASKED_SUFFIX) && SECRET_NAME.matcher(fd.getName()).find()) {
            final String masked = maskedValue(m, fd);
            if (masked != null) {
                return masked;
            }
        }
        final DynamicMessage.Builder only = DynamicMessage.newBuilder(m.getDescriptorForType());
        if (isSet(m, fd)) {
            only.setField(fd, m.getField(fd));
        }
        try {
            final JsonNode node = JSON.readTree(PRINTER.print(only)).get(fd.getName());
            if (node == null) {
                return fd.isMapField() ? "{}" : fd.isRepeated() ? "[]" : String.valueOf(m.getField(fd));
            }
            return node.isTextual() ? node.asText() : node.toString();
        } catch (InvalidProtocolBufferException | com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(fd.getName() + ": cannot be shown in the audit log", e);
        }
    }
}
