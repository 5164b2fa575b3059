package dev.switchboard.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.File;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import com.google.protobuf.util.JsonFormat;

import dev.switchboard.v1.ApiKey;
import dev.switchboard.v1.CallerIdentity;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChatCompletionResponse;
import dev.switchboard.v1.ContentPart;
import dev.switchboard.v1.CreateKeyResponse;
import dev.switchboard.v1.FinishReason;
import dev.switchboard.v1.GetUsageRequest;
import dev.switchboard.v1.GetUsageResponse;
import dev.switchboard.v1.LimitPolicy;
import dev.switchboard.v1.ListPricesResponse;
import dev.switchboard.v1.ListUsageRecordsRequest;
import dev.switchboard.v1.Message;
import dev.switchboard.v1.Model;
import dev.switchboard.v1.Preset;
import dev.switchboard.v1.Price;
import dev.switchboard.v1.Provider;
import dev.switchboard.v1.Role;
import dev.switchboard.v1.StreamOptions;
import dev.switchboard.v1.Tool;
import dev.switchboard.v1.ToolCall;
import dev.switchboard.v1.Usage;
import dev.switchboard.v1.UsageBucket;
import dev.switchboard.v1.UsageRecord;
import dev.switchboard.v1.User;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/**
 * The Java client against the live stack: the real gateway jar in front of a fake upstream
 * replaying recorded OpenAI traffic. Expected values come from clients/testing/expected.json,
 * shared with the other languages' suites.
 */
class SwitchboardClientLiveTest {
    static LiveStack stack;
    static SwitchboardClient client;
    static Provider provider;
    static Struct expected;

    @BeforeAll
    static void start() throws Exception {
        final Struct.Builder json = Struct.newBuilder();
        JsonFormat.parser().merge(Files.readString(LiveStack.ROOT.resolve("clients/testing/expected.json")), json);
        expected = json.build();
        stack = LiveStack.start();
        client = SwitchboardClient.builder().target(stack.get("SWITCHBOARD_TARGET")).key(stack.get("SWITCHBOARD_KEY"))
                                  .timeout(Duration.ofSeconds(20)).build();
        provider = client.admin().createProvider(Provider.newBuilder()
                .setName(text("provider")).setPreset("custom")
                .setBaseUrl(stack.get("UPSTREAM_BASE_URL")).setApiKey(stack.get("UPSTREAM_API_KEY")).build());
    }

    @AfterAll
    static void stop() throws Exception {
        if (client != null) {
            client.close();
        }
        if (stack != null) {
            stack.close();
        }
    }

    @Test
    void createsAProviderAndStoresItWithTheKeyMasked() {
        final String key = stack.get("UPSTREAM_API_KEY");
        assertThat(provider.getName()).isEqualTo(text("provider"));
        assertThat(provider.getId()).isNotEmpty();
        assertThat(provider.getApiKey()).isEmpty();
        assertThat(provider.getApiKeyMasked()).isEqualTo("****" + key.substring(key.length() - 4));
        assertThat(client.admin().getProvider(text("provider")).getBaseUrl()).isEqualTo(stack.get("UPSTREAM_BASE_URL"));
    }

    @Test
    void listsTheBuiltInPresets() {
        final Map<String, Preset> presets = client.admin().listPresets().stream()
                                                  .collect(Collectors.toMap(Preset::getName, p -> p));
        assertThat(presets).containsKeys(strings("presets").toArray(String[]::new));
        assertThat(presets.get("openai").getApiFormat()).isEqualTo("openai");
    }

    @Test
    void listsTheUpstreamModelsUnderTheProvider() {
        assertThat(client.listModels()).extracting(Model::getId).containsAll(strings("models"));
    }

    @Test
    void unaryChatReturnsTheRecordedCompletion() {
        final ChatCompletionResponse res = client.createChatCompletion(
                SwitchboardClient.chatRequest(text("unary", "model"), "Invent a holiday").build());
        assertThat(res.getChoices(0).getMessage().getContent(0).getText())
                .startsWith(text("unary", "text_starts_with")).endsWith(text("unary", "text_ends_with"));
        assertThat(res.getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
        assertThat(usage(res.getUsage())).isEqualTo(usage("unary"));
        assertThat(res.getGateway().getProvider()).isEqualTo(text("provider"));
    }

    @Test
    void streamDeliversEveryChunkInOrderWithUsageLast() {
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        try (ChatStream stream = client.streamChatCompletion(streamRequest())) {
            stream.forEachRemaining(chunks::add);
        }
        assertThat(deltas(chunks)).isEqualTo(strings("stream", "deltas"));
        assertThat(chunks.get(0).getGateway().getProvider()).isEqualTo(text("provider"));
        assertThat(chunks.get(chunks.size() - 2).getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
        assertThat(chunks.get(chunks.size() - 1).getChoicesList()).isEmpty();
        assertThat(usage(chunks.get(chunks.size() - 1).getUsage())).isEqualTo(usage("stream"));
    }

    @Test
    void streamToACallbackDeliversTheSameChunks() throws Exception {
        final List<ChatCompletionChunk> chunks = new ArrayList<>();
        final CompletableFuture<Void> done = new CompletableFuture<>();
        client.streamChatCompletion(streamRequest(), new StreamObserver<>() {
            @Override
            public void onNext(ChatCompletionChunk chunk) {
                chunks.add(chunk);
            }

            @Override
            public void onError(Throwable t) {
                done.completeExceptionally(t);
            }

            @Override
            public void onCompleted() {
                done.complete(null);
            }
        });
        done.get(20, TimeUnit.SECONDS);
        assertThat(deltas(chunks)).isEqualTo(strings("stream", "deltas"));
        assertThat(usage(chunks.get(chunks.size() - 1).getUsage())).isEqualTo(usage("stream"));
    }

    @Test
    void toolCallsStreamAndTheirResultsGoBack() throws Exception {
        final List<Value> wantCalls = at("tool_stream", "calls").getListValue().getValuesList();
        final ChatCompletionRequest.Builder req = SwitchboardClient.chatRequest(
                text("tool_stream", "model"), "Weather in Edinburgh and the AAPL price?");
        for (Value call : wantCalls) {
            req.addTools(Tool.newBuilder().setType("function").setName(call.getStructValue().getFieldsOrThrow("name")
                                                                           .getStringValue())
                             .setParameters(Struct.newBuilder().putFields("type", Value.newBuilder()
                                                                                        .setStringValue("object").build())));
        }
        final Map<Integer, ToolCall.Builder> calls = new TreeMap<>();
        final List<FinishReason> finish = new ArrayList<>();
        try (ChatStream stream = client.streamChatCompletion(req.build())) {
            for (ChatCompletionChunk chunk : stream) {
                chunk.getChoicesList().forEach(choice -> {
                    if (choice.getFinishReason() != FinishReason.FINISH_REASON_UNSPECIFIED) {
                        finish.add(choice.getFinishReason());
                    }
                    for (ToolCall f : choice.getDelta().getToolCallsList()) {
                        final ToolCall.Builder call = calls.computeIfAbsent(f.getIndex(),
                                                                            i -> ToolCall.newBuilder().setIndex(i));
                        if (!f.getId().isEmpty()) {
                            call.setId(f.getId());
                        }
                        if (!f.getType().isEmpty()) {
                            call.setType(f.getType());
                        }
                        if (!f.getName().isEmpty()) {
                            call.setName(f.getName());
                        }
                        call.setArguments(call.getArguments() + f.getArguments());
                    }
                });
            }
        }
        assertThat(finish).containsExactly(FinishReason.FINISH_REASON_TOOL_CALLS);
        assertThat(calls).hasSize(wantCalls.size());
        for (Value v : wantCalls) {
            final Struct want = v.getStructValue();
            final ToolCall.Builder got = calls.get((int) want.getFieldsOrThrow("index").getNumberValue());
            assertThat(got.getId()).isEqualTo(want.getFieldsOrThrow("id").getStringValue());
            assertThat(got.getName()).isEqualTo(want.getFieldsOrThrow("name").getStringValue());
            final Struct.Builder args = Struct.newBuilder();
            JsonFormat.parser().merge(got.getArguments(), args);
            assertThat(args.build()).isEqualTo(want.getFieldsOrThrow("arguments").getStructValue());
        }

        // The results go back with the ids the model gave; the fake upstream refuses a result whose
        // id answers no call, so a client that loses the ids fails here.
        final List<ToolCall> made = calls.values().stream().map(ToolCall.Builder::build).collect(Collectors.toList());
        final ChatCompletionResponse reply = client.createChatCompletion(answer(req, made,
                made.stream().map(ToolCall::getId).collect(Collectors.toList())));
        assertThat(reply.getChoices(0).getMessage().getContent(0).getText()).startsWith(text("unary", "text_starts_with"));
        final SwitchboardException orphan = catchThrowableOfType(SwitchboardException.class,
                () -> client.createChatCompletion(answer(req, made, List.of("call_that_was_never_made"))));
        assertThat(orphan.code()).isEqualTo(Status.Code.INVALID_ARGUMENT);
    }

    @Test
    void unknownModelIsNotFoundWithTheErrorInfo() {
        final ChatCompletionRequest req = SwitchboardClient.chatRequest(text("unknown_model", "model"), "hi").build();
        final SwitchboardException unary = catchThrowableOfType(SwitchboardException.class,
                                                                () -> client.createChatCompletion(req));
        final SwitchboardException streamed = catchThrowableOfType(SwitchboardException.class, () -> {
            try (ChatStream stream = client.streamChatCompletion(req)) {
                stream.forEachRemaining(c -> { });
            }
        });
        for (SwitchboardException e : List.of(unary, streamed)) {
            assertThat(e.code()).isEqualTo(Status.Code.NOT_FOUND);
            assertThat(e.reason()).isEqualTo(text("unknown_model", "reason"));
            assertThat(e.domain()).isEqualTo("switchboard");
            assertThat(e.metadata()).containsEntry("code", text("unknown_model", "code"))
                                    .containsEntry("http_status", text("unknown_model", "http_status"));
            assertThat(e.getMessage()).contains(text("unknown_model", "model"));
        }
    }

    @Test
    void aMemberKeyRunsInferenceIsRefusedAdminCallsAndStopsWhenRevoked() {
        final String name = "member-" + UUID.randomUUID();
        final User member = client.access().createUser(User.newBuilder().setName(name).setRole("member").build());
        assertThat(member.getRole()).isEqualTo("member");
        final CreateKeyResponse created = client.access().createKey(
                ApiKey.newBuilder().setUser(name).setName("suite").build());
        // Checked without AssertJ printing the secret on failure.
        assertThat(created.getSecret().startsWith("sb-") && created.getSecret().startsWith(created.getKey().getPrefix()))
                .as("secret starts with sb- and the prefix %s", created.getKey().getPrefix()).isTrue();
        assertThat(created.getKey().getUser()).isEqualTo(name);

        try (SwitchboardClient asMember = SwitchboardClient.builder().target(stack.get("SWITCHBOARD_TARGET"))
                                                           .key(created.getSecret())
                                                           .timeout(Duration.ofSeconds(20)).build()) {
            // The suite's provider was created with the admin key, so it is shared: a member routes to it.
            final ChatCompletionResponse res = asMember.createChatCompletion(
                    SwitchboardClient.chatRequest(text("unary", "model"), "Invent a holiday").build());
            assertThat(res.getChoices(0).getMessage().getContent(0).getText())
                    .startsWith(text("unary", "text_starts_with")).endsWith(text("unary", "text_ends_with"));
            assertThat(res.getChoices(0).getFinishReason()).isEqualTo(FinishReason.FINISH_REASON_STOP);
            assertThat(usage(res.getUsage())).isEqualTo(usage("unary"));
            assertThat(res.getGateway().getProvider()).isEqualTo(text("provider"));

            final CallerIdentity caller = asMember.access().getCaller();
            assertThat(caller.getUserName()).isEqualTo(name);
            assertThat(caller.getUserId()).isEqualTo(member.getId());
            assertThat(caller.getRole()).isEqualTo("member");
            assertThat(caller.getCredential()).isEqualTo("api_key");
            assertThat(caller.getKeyId()).isEqualTo(created.getKey().getId());
            assertThat(caller.getKeyPrefix()).isEqualTo(created.getKey().getPrefix());

            // Creating users is for admins only.
            final SwitchboardException denied = catchThrowableOfType(SwitchboardException.class,
                    () -> asMember.access().createUser(User.newBuilder().setName(name + "-friend").build()));
            assertThat(denied.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
            assertThat(denied.reason()).isEqualTo("PERMISSION_DENIED");
            assertThat(denied.domain()).isEqualTo("switchboard");
            assertThat(denied.metadata()).containsEntry("http_status", "403");

            final ApiKey revoked = client.access().revokeKey(created.getKey().getId());
            assertThat(revoked.getState()).isEqualTo("revoked");
            final SwitchboardException refused = catchThrowableOfType(SwitchboardException.class,
                    () -> asMember.createChatCompletion(
                            SwitchboardClient.chatRequest(text("unary", "model"), "Invent a holiday").build()));
            assertThat(refused.code()).isEqualTo(Status.Code.UNAUTHENTICATED);
            assertThat(refused.domain()).isEqualTo("switchboard");
        } finally {
            client.access().deleteUser(name);
        }
    }

    @Test
    void aMemberReadsTheirOwnUsageAfterACall() throws Exception {
        final String name = "member-" + UUID.randomUUID();
        client.access().createUser(User.newBuilder().setName(name).setRole("member").build());
        try {
            final CreateKeyResponse created = client.access().createKey(
                    ApiKey.newBuilder().setUser(name).setName("usage").build());
            try (SwitchboardClient asMember = SwitchboardClient.builder().target(stack.get("SWITCHBOARD_TARGET"))
                                                               .key(created.getSecret())
                                                               .timeout(Duration.ofSeconds(20)).build()) {
                final ChatCompletionResponse res = asMember.createChatCompletion(
                        SwitchboardClient.chatRequest(text("unary", "model"), "Invent a holiday").build());
                final String provider = res.getGateway().getProvider();
                final String model = res.getGateway().getUpstreamModel();
                final Usage used = res.getUsage();

                // The ledger writes in batches (every 250 ms by default): poll until the request is in.
                final UsageRecord record = poll("the request in ListUsageRecords", () -> {
                    final List<UsageRecord> records = asMember.usage().listUsageRecords(
                            ListUsageRecordsRequest.getDefaultInstance()).getRecordsList();
                    return records.stream().filter(r -> r.getModel().equals(model)).findFirst();
                });
                final GetUsageResponse usage = poll("the request in GetUsage", () -> {
                    final GetUsageResponse u = asMember.usage().getUsage(
                            GetUsageRequest.newBuilder().addGroupBy("model").setGranularity("hour").build());
                    return u.getBucketsList().stream().anyMatch(b -> b.getModel().equals(model)) ? Optional.of(u)
                                                                                                 : Optional.empty();
                });

                // A fresh member: this one request is all their usage, whatever else the suite ran.
                assertThat(usage.getTotals().getRequests()).isEqualTo(1);
                final UsageBucket bucket = usage.getBucketsList().stream().filter(b -> b.getModel().equals(model))
                                                .findFirst().orElseThrow();
                assertThat(bucket.getTotals().getRequests()).isGreaterThanOrEqualTo(1);
                assertThat(bucket.getTotals().getErrors()).isZero();
                assertThat(List.of(bucket.getTotals().getPromptTokens(), bucket.getTotals().getCompletionTokens()))
                        .isEqualTo(List.of((long) used.getPromptTokens(), (long) used.getCompletionTokens()));

                assertThat(record.getIngress()).isEqualTo("grpc");
                assertThat(record.getUsageSource()).isEqualTo("reported");
                assertThat(List.of(record.getPromptTokens(), record.getCompletionTokens()))
                        .isEqualTo(List.of((long) used.getPromptTokens(), (long) used.getCompletionTokens()));
                assertThat(record.getProvider()).isEqualTo(provider);
                assertThat(record.getRequestedModel()).isEqualTo(text("unary", "model"));
                assertThat(record.getUser()).isEqualTo(name);
                assertThat(record.getKeyId()).isEqualTo(created.getKey().getId());
                assertThat(record.getStream()).isFalse();
                assertThat(record.getErrorKind()).isEmpty();

                // Every role reads the prices; the request was charged at the one in force for its model.
                final ListPricesResponse prices = asMember.prices().listPrices();
                assertThat(prices.getTableChecked()).matches("\\d{4}-\\d{2}-\\d{2}");
                final Price price = prices.getPricesList().stream()
                                          .filter(p -> p.getModel().equals(model)
                                                       && (p.getProvider().equals(provider) || p.getProvider().equals("*")))
                                          .findFirst().orElseThrow();
                assertThat(record.getCachedTokens() + record.getReasoningTokens()).isZero();
                assertThat(record.hasCostNanos()).as(record.getCostNote()).isTrue();
                assertThat(record.getCostNanos()).isEqualTo(
                        new BigDecimal(price.getInput()).multiply(BigDecimal.valueOf(used.getPromptTokens()))
                                .add(new BigDecimal(price.getOutput()).multiply(BigDecimal.valueOf(used.getCompletionTokens())))
                                .movePointLeft(6).movePointRight(9).setScale(0, RoundingMode.HALF_UP).longValueExact());

                // Limits are set by admins and operators only.
                final SwitchboardException denied = catchThrowableOfType(SwitchboardException.class,
                        () -> asMember.limits().setLimits("user", name,
                                                          LimitPolicy.newBuilder().setRequestsPerMinute(1000).build()));
                assertThat(denied.code()).isEqualTo(Status.Code.PERMISSION_DENIED);
                assertThat(denied.reason()).isEqualTo("PERMISSION_DENIED");
            }
        } finally {
            client.access().deleteUser(name);
        }
    }

    @Test
    void usersAndKeysRoundTripThroughTheWrapper() {
        final String name = "member-" + UUID.randomUUID();
        client.access().createUser(User.newBuilder().setName(name).build());
        try {
            assertThat(client.access().getUser(name).getRole()).isEqualTo("member");
            assertThat(client.access().listUsers()).extracting(User::getName).contains(name);
            final User updated = client.access().updateUser(
                    name, User.newBuilder().setEmail(name + "@example.com").setRole("viewer").build(), "email");
            assertThat(updated.getEmail()).isEqualTo(name + "@example.com");
            assertThat(updated.getRole()).isEqualTo("member");

            final CreateKeyResponse first = client.access().createKey(
                    ApiKey.newBuilder().setUser(name).setName("rotating").build());
            assertThat(client.access().getKey(first.getKey().getId()).getPrefix()).isEqualTo(first.getKey().getPrefix());
            assertThat(client.access().listKeys(name, false)).extracting(ApiKey::getId)
                                                             .containsExactly(first.getKey().getId());

            // A grace period keeps the old secret working next to the new one; none stops it at once.
            final CreateKeyResponse second = client.access().rotateKey(first.getKey().getId(), Duration.ofMinutes(5));
            final CreateKeyResponse third = client.access().rotateKey(second.getKey().getId(), Duration.ZERO);
            assertThat(callerWith(first.getSecret()).getUserName()).isEqualTo(name);
            assertThat(catchThrowableOfType(SwitchboardException.class, () -> callerWith(second.getSecret())).code())
                    .isEqualTo(Status.Code.UNAUTHENTICATED);
            assertThat(callerWith(third.getSecret()).getUserName()).isEqualTo(name);
            assertThat(client.access().listKeys(name, true).stream()
                             .collect(Collectors.toMap(ApiKey::getId, ApiKey::getState)))
                    .isEqualTo(Map.of(first.getKey().getId(), "active", second.getKey().getId(), "revoked",
                                      third.getKey().getId(), "active"));

            assertThat(catchThrowableOfType(SwitchboardException.class,
                                            () -> client.access().getUser(name + "-nobody")).code())
                    .isEqualTo(Status.Code.NOT_FOUND);
        } finally {
            client.access().deleteUser(name);
        }
    }

    @Test
    void aPassedDeadlineIsDeadlineExceeded() {
        final SwitchboardException e = catchThrowableOfType(SwitchboardException.class,
                () -> client.withTimeout(Duration.ofMillis(500)).createChatCompletion(
                        SwitchboardClient.chatRequest(text("slow_model"), "hi").build()));
        assertThat(e.code()).isEqualTo(Status.Code.DEADLINE_EXCEEDED);
    }

    @Test
    void aWrongKeyIsUnauthenticated() {
        try (SwitchboardClient stranger = SwitchboardClient.builder().target(stack.get("SWITCHBOARD_TARGET"))
                                                           .key("sb-wrong-key-0123456789abcdef").build()) {
            final SwitchboardException e = catchThrowableOfType(SwitchboardException.class, stranger::listModels);
            assertThat(e.code()).isEqualTo(Status.Code.UNAUTHENTICATED);
        }
    }

    @Test
    void anUnreachableGatewayIsUnavailable() {
        try (SwitchboardClient nowhere = SwitchboardClient.builder().target("127.0.0.1:1")
                                                          .key("sb-any-key-0123456789abcdef")
                                                          .timeout(Duration.ofSeconds(5)).build()) {
            final SwitchboardException e = catchThrowableOfType(SwitchboardException.class,
                                                                () -> nowhere.admin().listPresets());
            assertThat(e.code()).isEqualTo(Status.Code.UNAVAILABLE);
        }
    }

    @Test
    void theReadmeExamplePrintsTheStreamedAnswer() throws Exception {
        final String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        final ProcessBuilder pb = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classpath,
                LiveStack.ROOT.resolve("clients/java/examples/StreamChat.java").toString(), "Weather?");
        pb.environment().putAll(stack.env());
        pb.environment().put("SWITCHBOARD_MODEL", text("stream", "model"));
        final File err = Files.createTempFile("stream-chat", ".err").toFile();
        final Process p = pb.redirectError(err).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        final String stderr = Files.readString(err.toPath());
        assertThat(p.exitValue()).as(stderr).isZero();
        assertThat(out).isEqualTo(text("stream", "text") + System.lineSeparator());
        assertThat(stderr).contains("[" + (int) at("stream", "usage", "total_tokens").getNumberValue() + " tokens]");
    }

    /** Reads until {@code read} finds something, for up to 10 s. */
    private static <T> T poll(String what, Supplier<Optional<T>> read) throws InterruptedException {
        final long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (true) {
            final Optional<T> found = read.get();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(what + ": not there after 10 s");
            }
            Thread.sleep(100);
        }
    }

    private static CallerIdentity callerWith(String key) {
        try (SwitchboardClient c = SwitchboardClient.builder().target(stack.get("SWITCHBOARD_TARGET")).key(key)
                                                    .timeout(Duration.ofSeconds(20)).build()) {
            return c.access().getCaller();
        }
    }

    private static ChatCompletionRequest streamRequest() {
        return SwitchboardClient.chatRequest(text("stream", "model"), "Weather?")
                                .setStreamOptions(StreamOptions.newBuilder().setIncludeUsage(true)).build();
    }

    private static ChatCompletionRequest answer(ChatCompletionRequest.Builder asked, List<ToolCall> calls, List<String> ids) {
        final ChatCompletionRequest.Builder req = ChatCompletionRequest.newBuilder().setModel(asked.getModel())
                .addAllMessages(asked.getMessagesList())
                .addMessages(Message.newBuilder().setRole(Role.ROLE_ASSISTANT).addAllToolCalls(calls));
        for (String id : ids) {
            req.addMessages(Message.newBuilder().setRole(Role.ROLE_TOOL).setToolCallId(id)
                                   .addContent(ContentPart.newBuilder().setText("{\"ok\": true}")));
        }
        return req.build();
    }

    private static List<String> deltas(List<ChatCompletionChunk> chunks) {
        return chunks.stream().flatMap(c -> c.getChoicesList().stream()).map(ch -> ch.getDelta().getContent())
                     .filter(d -> !d.isEmpty()).collect(Collectors.toList());
    }

    private static List<Integer> usage(Usage u) {
        return List.of(u.getPromptTokens(), u.getCompletionTokens(), u.getTotalTokens());
    }

    private static List<Integer> usage(String section) {
        return List.of((int) at(section, "usage", "prompt_tokens").getNumberValue(),
                       (int) at(section, "usage", "completion_tokens").getNumberValue(),
                       (int) at(section, "usage", "total_tokens").getNumberValue());
    }

    private static Value at(String... path) {
        Value v = Value.newBuilder().setStructValue(expected).build();
        for (String p : path) {
            v = v.getStructValue().getFieldsOrThrow(p);
        }
        return v;
    }

    private static String text(String... path) {
        return at(path).getStringValue();
    }

    private static List<String> strings(String... path) {
        return at(path).getListValue().getValuesList().stream().map(Value::getStringValue).collect(Collectors.toList());
    }
}
