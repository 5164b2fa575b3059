package dev.switchboard.server.observe.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.linecorp.armeria.client.WebClient;
import com.linecorp.armeria.common.AggregatedHttpResponse;
import com.linecorp.armeria.common.HttpData;
import com.linecorp.armeria.common.HttpMethod;
import com.linecorp.armeria.common.HttpRequest;
import com.linecorp.armeria.common.MediaType;
import com.linecorp.armeria.common.RequestHeaders;

import dev.switchboard.server.testing.FakeUpstream;
import dev.switchboard.server.testing.TestGateway;

/**
 * docs/grafana/switchboard.json queries only what /metrics serves: every metric name in every
 * panel's PromQL (and in its variables) is in a scrape taken after a chat, a stream, a failover, a
 * continuation and a refusal. A histogram's _bucket, _count and _sum stand for it.
 */
class GrafanaDashboardTest {
    static final String KEY = "sk-grafana-dashboard-3a9e";
    @TempDir
    static Path dataDir;
    static FakeUpstream upstream;
    static TestGateway gw;

    static final Path DASHBOARD = Path.of("../docs/grafana/switchboard.json");
    /** What a PromQL expression names besides metrics. */
    private static final Set<String> KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left",
                                                      "group_right", "bool", "and", "or", "unless", "offset");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    @BeforeAll
    static void traffic() throws Exception {
        upstream = new FakeUpstream(KEY);
        gw = TestGateway.start(dataDir);
        gw.addProvider("g", upstream.baseUrl(), KEY);
        alias("g-failover", "g/overloaded", "g/gpt-4o-mini");
        alias("g-continued", "g/broken-stream", "g/gpt-4o-mini");
        final WebClient admin = gw.rest();
        MetricsE2ETest.chat(admin, "g/gpt-4o-mini", "");
        MetricsE2ETest.chat(admin, "g/gpt-4o-mini", ",\"stream\":true,\"stream_options\":{\"include_usage\":true}");
        MetricsE2ETest.chat(admin, "g-failover", "");
        MetricsE2ETest.chat(admin, "g-continued", ",\"stream\":true");
        gw.createUser("limited", "member");
        final String key = gw.createKey("limited", "");
        final String id = new ObjectMapper().readTree(gw.as(key).get("/admin/v1/me").aggregate().join().contentUtf8())
                                            .get("key_id").asText();
        final AggregatedHttpResponse limit = gw.rest().execute(HttpRequest.of(
                RequestHeaders.builder(HttpMethod.PUT, "/admin/v1/limits/key/" + id).contentType(MediaType.JSON_UTF_8)
                              .build(), HttpData.ofUtf8("{\"requests_per_minute\":1}"))).aggregate().join();
        assertThat(limit.status().code()).as(limit.contentUtf8()).isEqualTo(200);
        MetricsE2ETest.chat(gw.as(key), "g/gpt-4o-mini", "");
        assertThat(MetricsE2ETest.chat(gw.as(key), "g/gpt-4o-mini", "").status().code()).isEqualTo(429);
    }

    @AfterAll
    static void stop() {
        gw.close();
        upstream.close();
    }

    static void alias(String name, String... targets) {
        final StringBuilder json = new StringBuilder("{\"name\":\"" + name + "\",\"targets\":[");
        for (int i = 0; i < targets.length; i++) {
            json.append(i == 0 ? "" : ",").append("{\"model\":\"").append(targets[i]).append("\"}");
        }
        final AggregatedHttpResponse res = gw.post("/admin/v1/aliases", json.append("]}").toString());
        assertThat(res.status().code()).as(res.contentUtf8()).isEqualTo(200);
    }

    static Scrape scrapeUntil(Predicate<Scrape> done) throws InterruptedException {
        Scrape s = Scrape.parse(gw.rest().get(Metrics.PATH).aggregate().join().contentUtf8());
        for (int i = 0; i < 100 && !done.test(s); i++) {
            Thread.sleep(50);
            s = Scrape.parse(gw.rest().get(Metrics.PATH).aggregate().join().contentUtf8());
        }
        return s;
    }

    @Test
    void everyMetricTheDashboardQueriesIsServed() throws Exception {
        final JsonNode dashboard = new ObjectMapper().readTree(Files.readString(DASHBOARD));
        final Set<String> used = new TreeSet<>();
        int exprs = 0;
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(panel.path("targets").size()).as(panel.path("title").asText()).isPositive();
            for (JsonNode target : panel.get("targets")) {
                used.addAll(metricNames(target.get("expr").asText()));
                exprs++;
            }
        }
        for (JsonNode variable : dashboard.path("templating").path("list")) {
            final String definition = variable.path("definition").asText();
            final Matcher m = Pattern.compile("label_values\\(([a-zA-Z_:][a-zA-Z0-9_:]*)").matcher(definition);
            if (m.find()) {
                used.add(m.group(1));
            }
        }
        assertThat(exprs).isGreaterThanOrEqualTo(9);
        assertThat(used).contains("gen_ai_server_request_duration_seconds_bucket",
                                  "gen_ai_server_time_to_first_token_seconds_bucket", "switchboard_cost_usd_total");
        final Scrape s = scrapeUntil(x -> x.sum("switchboard_refusals_total") >= 1
                                          && x.sum("switchboard_continuations_total") >= 1);
        final Set<String> served = s.names();
        assertThat(used).allSatisfy(name -> assertThat(served.contains(name) || served.contains(name + "_count"))
                .as(name + " in /metrics").isTrue());
    }

    @Test
    void theDashboardHasAPrometheusDataSourceVariable() throws Exception {
        final JsonNode dashboard = new ObjectMapper().readTree(Files.readString(DASHBOARD));
        assertThat(dashboard.path("templating").path("list")).anySatisfy(v -> {
            assertThat(v.path("type").asText()).isEqualTo("datasource");
            assertThat(v.path("query").asText()).isEqualTo("prometheus");
        });
        for (JsonNode panel : dashboard.get("panels")) {
            assertThat(panel.path("datasource").path("uid").asText()).isEqualTo("${datasource}");
        }
    }

    @Test
    void metricNamesAreReadFromPromQlAndLabelsAreNot() {
        assertThat(metricNames("histogram_quantile(0.95, sum by (le, gen_ai_request_model) "
                               + "(rate(gen_ai_server_request_duration_seconds_bucket{outcome!~\"ok|x\"}[$__rate_interval])))"
                               + " / on (a) switchboard_streams_open > bool 2"))
                .containsExactlyInAnyOrder("gen_ai_server_request_duration_seconds_bucket", "switchboard_streams_open");
    }

    /** The metric names of a PromQL expression: what is left once strings, label matchers, ranges and groupings go. */
    static Set<String> metricNames(String expr) {
        final String bare = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "")
                                .replaceAll("\\{[^}]*}", " ")
                                .replaceAll("\\[[^]]*]", " ")
                                .replaceAll("\\b(by|without|on|ignoring)\\s*\\([^)]*\\)", " ");
        final Set<String> out = new TreeSet<>();
        final Matcher m = IDENTIFIER.matcher(bare);
        while (m.find()) {
            final String id = m.group();
            final int after = skipSpaces(bare, m.end());
            final boolean call = after < bare.length() && bare.charAt(after) == '(';
            if (!call && !KEYWORDS.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private static int skipSpaces(String s, int i) {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
