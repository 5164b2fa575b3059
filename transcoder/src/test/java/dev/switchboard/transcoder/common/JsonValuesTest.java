package dev.switchboard.transcoder.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.Struct;
import com.google.protobuf.Value;

class JsonValuesTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Struct read(String json) throws IOException {
        try (JsonParser p = Json.FACTORY.createParser(json)) {
            p.nextToken();
            return JsonValues.readStruct(p);
        }
    }

    private static String write(Struct s) {
        return new String(Json.write(g -> JsonValues.writeStruct(g, s)), StandardCharsets.UTF_8);
    }

    @Test
    void roundTripsAJsonSchemaKeepingIntegersIntegers() throws Exception {
        final String schema = "{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\",\"maxLength\":3}," +
                              "\"n\":{\"type\":\"number\",\"minimum\":0,\"maximum\":1.5,\"multipleOf\":0.25}," +
                              "\"tags\":{\"type\":\"array\",\"items\":{\"enum\":[\"a\",null,true,false,-7]}}}," +
                              "\"required\":[\"name\"],\"additionalProperties\":false,\"nested\":{}}";
        final JsonNode out = MAPPER.readTree(write(read(schema)));
        // Jackson trees tell 3 from 3.0, so equality alone proves the integers stayed integers.
        assertThat(out).isEqualTo(MAPPER.readTree(schema));
        assertThat(out.at("/properties/name/maxLength").isIntegralNumber()).isTrue();
        assertThat(out.at("/properties/n/minimum").isIntegralNumber()).isTrue();
        assertThat(out.at("/properties/n/maximum").isFloatingPointNumber()).isTrue();
    }

    @Test
    void readsTheValueAtTheCurrentTokenAndStopsOnItsLastToken() throws Exception {
        try (JsonParser p = Json.FACTORY.createParser("[{\"a\":[1,2]},\"next\"]")) {
            p.nextToken();
            p.nextToken();
            final Value v = JsonValues.readValue(p);
            assertThat(v.getStructValue().getFieldsOrThrow("a").getListValue().getValuesCount()).isEqualTo(2);
            p.nextToken();
            assertThat(p.getText()).isEqualTo("next");
        }
    }

    @Test
    void writesNumbersThatJsonCannotHoldAsNull() throws Exception {
        final Struct s = Struct.newBuilder()
                               .putFields("nan", Value.newBuilder().setNumberValue(Double.NaN).build())
                               .putFields("big", Value.newBuilder().setNumberValue(1e300).build())
                               .build();
        final JsonNode out = MAPPER.readTree(write(s));
        assertThat(out.get("nan").isNull()).isTrue();
        assertThat(out.get("big").doubleValue()).isEqualTo(1e300);
    }
}
