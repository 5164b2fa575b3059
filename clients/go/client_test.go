package switchboard_test

// The Go client against a live gateway in front of a fake upstream replaying recorded OpenAI
// traffic. Run through clients/testing/stack.py (see clients/testing/suite.sh), which provides the
// environment read below; without it TestMain fails, nothing is skipped.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/types/known/structpb"

	"switchboard.dev/switchboard"
	v1 "switchboard.dev/switchboard/v1"
)

type usage struct {
	PromptTokens     int32 `json:"prompt_tokens"`
	CompletionTokens int32 `json:"completion_tokens"`
	TotalTokens      int32 `json:"total_tokens"`
}

// expected is clients/testing/expected.json: what the recordings say every client must see.
var expected struct {
	Provider string `json:"provider"`
	Unary    struct {
		Model          string `json:"model"`
		TextStartsWith string `json:"text_starts_with"`
		TextEndsWith   string `json:"text_ends_with"`
		Usage          usage  `json:"usage"`
	} `json:"unary"`
	Stream struct {
		Model  string   `json:"model"`
		Deltas []string `json:"deltas"`
		Text   string   `json:"text"`
		Usage  usage    `json:"usage"`
	} `json:"stream"`
	ToolStream struct {
		Model string `json:"model"`
		Calls []struct {
			Index     int32       `json:"index"`
			ID        string      `json:"id"`
			Name      string      `json:"name"`
			Arguments interface{} `json:"arguments"`
		} `json:"calls"`
	} `json:"tool_stream"`
	Presets      []string `json:"presets"`
	Models       []string `json:"models"`
	UnknownModel struct {
		Model      string `json:"model"`
		Reason     string `json:"reason"`
		Code       string `json:"code"`
		HTTPStatus string `json:"http_status"`
	} `json:"unknown_model"`
	SlowModel string `json:"slow_model"`
}

var (
	client   *switchboard.Client
	provider *v1.Provider
)

func TestMain(m *testing.M) {
	if err := setUp(); err != nil {
		fmt.Fprintln(os.Stderr, "setup:", err)
		os.Exit(1)
	}
	code := m.Run()
	client.Close()
	os.Exit(code)
}

func setUp() error {
	raw, err := os.ReadFile("../testing/expected.json")
	if err != nil {
		return err
	}
	if err := json.Unmarshal(raw, &expected); err != nil {
		return err
	}
	for _, name := range []string{"SWITCHBOARD_TARGET", "SWITCHBOARD_KEY", "UPSTREAM_BASE_URL", "UPSTREAM_API_KEY"} {
		if os.Getenv(name) == "" {
			return fmt.Errorf("%s is not set: run this suite through clients/testing/stack.py", name)
		}
	}
	client, err = switchboard.Dial(os.Getenv("SWITCHBOARD_TARGET"), os.Getenv("SWITCHBOARD_KEY"),
		switchboard.WithTimeout(20*time.Second))
	if err != nil {
		return err
	}
	provider, err = client.Admin.CreateProvider(context.Background(), &v1.CreateProviderRequest{Provider: &v1.Provider{
		Name: expected.Provider, Preset: "custom", BaseUrl: os.Getenv("UPSTREAM_BASE_URL"),
		ApiKey: os.Getenv("UPSTREAM_API_KEY"),
	}})
	return err
}

func TestCreateProviderStoresItWithTheKeyMasked(t *testing.T) {
	key := os.Getenv("UPSTREAM_API_KEY")
	if provider.Name != expected.Provider || provider.Id == "" || provider.ApiKey != "" ||
		provider.ApiKeyMasked != "****"+key[len(key)-4:] {
		t.Fatalf("created provider: %v", provider)
	}
	got, err := client.Admin.GetProvider(context.Background(), &v1.GetProviderRequest{Name: expected.Provider})
	if err != nil || got.BaseUrl != os.Getenv("UPSTREAM_BASE_URL") {
		t.Fatalf("GetProvider: %v, %v", got, err)
	}
}

func TestListPresetsNamesTheBuiltInPresets(t *testing.T) {
	res, err := client.Admin.ListPresets(context.Background(), &v1.ListPresetsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	presets := map[string]*v1.Preset{}
	for _, p := range res.Presets {
		presets[p.Name] = p
	}
	for _, name := range expected.Presets {
		if presets[name] == nil {
			t.Errorf("no preset %q in %v", name, res.Presets)
		}
	}
	if presets["openai"].GetApiFormat() != "openai" {
		t.Errorf("openai preset: %v", presets["openai"])
	}
}

func TestListModelsNamesTheUpstreamModelsUnderTheProvider(t *testing.T) {
	res, err := client.Inference.ListModels(context.Background(), &v1.ListModelsRequest{})
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	for _, m := range res.Models {
		ids[m.Id] = true
	}
	for _, id := range expected.Models {
		if !ids[id] {
			t.Errorf("no model %q in %v", id, res.Models)
		}
	}
}

func TestUnaryChatReturnsTheRecordedCompletion(t *testing.T) {
	res, err := client.Inference.CreateChatCompletion(context.Background(),
		switchboard.ChatRequest(expected.Unary.Model, "Invent a holiday"))
	if err != nil {
		t.Fatal(err)
	}
	text := res.Choices[0].Message.Content[0].GetText()
	if !strings.HasPrefix(text, expected.Unary.TextStartsWith) || !strings.HasSuffix(text, expected.Unary.TextEndsWith) {
		t.Errorf("text: %q", text)
	}
	if res.Choices[0].FinishReason != v1.FinishReason_FINISH_REASON_STOP {
		t.Errorf("finish reason: %v", res.Choices[0].FinishReason)
	}
	if u := usageOf(res.Usage); u != expected.Unary.Usage {
		t.Errorf("usage: %+v", u)
	}
	if res.Gateway.GetProvider() != expected.Provider {
		t.Errorf("gateway: %v", res.Gateway)
	}
}

func TestStreamDeliversEveryChunkInOrderWithUsageLast(t *testing.T) {
	req := switchboard.ChatRequest(expected.Stream.Model, "Weather?")
	req.StreamOptions = &v1.StreamOptions{IncludeUsage: true}
	chunks, err := receiveAll(req)
	if err != nil {
		t.Fatal(err)
	}
	var deltas []string
	for _, c := range chunks {
		for _, ch := range c.Choices {
			if ch.Delta.GetContent() != "" {
				deltas = append(deltas, ch.Delta.GetContent())
			}
		}
	}
	if !reflect.DeepEqual(deltas, expected.Stream.Deltas) {
		t.Errorf("deltas: %q", deltas)
	}
	last := chunks[len(chunks)-1]
	if len(last.Choices) != 0 || usageOf(last.Usage) != expected.Stream.Usage {
		t.Errorf("last chunk: %v", last)
	}
	if chunks[len(chunks)-2].Choices[0].FinishReason != v1.FinishReason_FINISH_REASON_STOP {
		t.Errorf("finish chunk: %v", chunks[len(chunks)-2])
	}
	if chunks[0].Gateway.GetProvider() != expected.Provider {
		t.Errorf("first chunk: %v", chunks[0])
	}
}

func TestToolCallsStreamAndTheirResultsGoBack(t *testing.T) {
	req := switchboard.ChatRequest(expected.ToolStream.Model, "Weather in Edinburgh and the AAPL price?")
	for _, c := range expected.ToolStream.Calls {
		params, _ := structpb.NewStruct(map[string]interface{}{"type": "object"})
		req.Tools = append(req.Tools, &v1.Tool{Type: "function", Name: c.Name, Parameters: params})
	}
	chunks, err := receiveAll(req)
	if err != nil {
		t.Fatal(err)
	}
	calls := map[int32]*v1.ToolCall{}
	var finish []v1.FinishReason
	for _, c := range chunks {
		for _, ch := range c.Choices {
			if ch.FinishReason != v1.FinishReason_FINISH_REASON_UNSPECIFIED {
				finish = append(finish, ch.FinishReason)
			}
			for _, f := range ch.Delta.GetToolCalls() {
				call := calls[f.Index]
				if call == nil {
					call = &v1.ToolCall{Index: f.Index}
					calls[f.Index] = call
				}
				call.Id, call.Type, call.Name = or(f.Id, call.Id), or(f.Type, call.Type), or(f.Name, call.Name)
				call.Arguments += f.Arguments
			}
		}
	}
	if !reflect.DeepEqual(finish, []v1.FinishReason{v1.FinishReason_FINISH_REASON_TOOL_CALLS}) {
		t.Errorf("finish reasons: %v", finish)
	}
	if len(calls) != len(expected.ToolStream.Calls) {
		t.Fatalf("calls: %v", calls)
	}
	var ordered []*v1.ToolCall
	for _, want := range expected.ToolStream.Calls {
		got := calls[want.Index]
		var args interface{}
		if got == nil || json.Unmarshal([]byte(got.Arguments), &args) != nil ||
			got.Id != want.ID || got.Name != want.Name || !reflect.DeepEqual(args, want.Arguments) {
			t.Fatalf("call %d: %v (want %+v)", want.Index, got, want)
		}
		ordered = append(ordered, got)
	}

	// The results go back with the ids the model gave; the fake upstream refuses a result whose id
	// answers no call, so a client that loses the ids fails here.
	answer := func(ids ...string) (*v1.ChatCompletionResponse, error) {
		turn := append([]*v1.Message{}, req.Messages...)
		turn = append(turn, &v1.Message{Role: v1.Role_ROLE_ASSISTANT, ToolCalls: ordered})
		for _, id := range ids {
			turn = append(turn, &v1.Message{Role: v1.Role_ROLE_TOOL, ToolCallId: id,
				Content: []*v1.ContentPart{{Part: &v1.ContentPart_Text{Text: `{"ok": true}`}}}})
		}
		return client.Inference.CreateChatCompletion(context.Background(),
			&v1.ChatCompletionRequest{Model: expected.ToolStream.Model, Messages: turn})
	}
	reply, err := answer(ordered[0].Id, ordered[1].Id)
	if err != nil {
		t.Fatal(err)
	}
	if text := reply.Choices[0].Message.Content[0].GetText(); !strings.HasPrefix(text, expected.Unary.TextStartsWith) {
		t.Errorf("reply: %q", text)
	}
	if _, err := answer("call_that_was_never_made"); status.Code(err) != codes.InvalidArgument {
		t.Errorf("orphan tool result: %v", err)
	}
}

func TestUnknownModelIsNotFoundWithTheErrorInfo(t *testing.T) {
	want := expected.UnknownModel
	req := switchboard.ChatRequest(want.Model, "hi")
	_, unaryErr := client.Inference.CreateChatCompletion(context.Background(), req)
	_, streamErr := receiveAll(req)
	for _, err := range []error{unaryErr, streamErr} {
		var e *switchboard.Error
		if !errors.As(err, &e) {
			t.Fatalf("not a *switchboard.Error: %#v", err)
		}
		if e.Code != codes.NotFound || e.Reason != want.Reason || e.Domain != "switchboard" ||
			e.Metadata["code"] != want.Code || e.Metadata["http_status"] != want.HTTPStatus ||
			!strings.Contains(e.Message, want.Model) {
			t.Errorf("error: %+v", e)
		}
		if status.Code(err) != codes.NotFound {
			t.Errorf("status.Code: %v", status.Code(err))
		}
	}
}

func TestAMemberKeyRunsInferenceIsRefusedAdminCallsAndStopsWhenRevoked(t *testing.T) {
	ctx := context.Background()
	name := fmt.Sprintf("member-%d", time.Now().UnixNano())
	member, err := client.Access.CreateUser(ctx, &v1.CreateUserRequest{User: &v1.User{Name: name, Role: "member"}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := client.Access.DeleteUser(context.Background(), &v1.DeleteUserRequest{Name: name}); err != nil {
			t.Errorf("DeleteUser: %v", err)
		}
	})
	if member.Role != "member" {
		t.Errorf("created user: %v", member)
	}
	created, err := client.Access.CreateKey(ctx, &v1.CreateKeyRequest{Key: &v1.ApiKey{User: name, Name: "suite"}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(created.Secret, "sb-") || !strings.HasPrefix(created.Secret, created.Key.GetPrefix()) ||
		created.Key.GetUser() != name {
		t.Fatalf("created key: %v (the secret is not shown)", created.Key)
	}
	asMember := dial(t, created.Secret)

	// The suite's provider was created with the admin key, so it is shared: a member routes to it.
	res, err := asMember.Inference.CreateChatCompletion(ctx, switchboard.ChatRequest(expected.Unary.Model, "Invent a holiday"))
	if err != nil {
		t.Fatal(err)
	}
	text := res.Choices[0].Message.Content[0].GetText()
	if !strings.HasPrefix(text, expected.Unary.TextStartsWith) || !strings.HasSuffix(text, expected.Unary.TextEndsWith) ||
		res.Choices[0].FinishReason != v1.FinishReason_FINISH_REASON_STOP || usageOf(res.Usage) != expected.Unary.Usage ||
		res.Gateway.GetProvider() != expected.Provider {
		t.Errorf("member's completion: %v", res)
	}

	caller, err := asMember.Access.GetCaller(ctx, &v1.GetCallerRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if caller.UserName != name || caller.UserId != member.Id || caller.Role != "member" || caller.Credential != "api_key" ||
		caller.KeyId != created.Key.Id || caller.KeyPrefix != created.Key.Prefix {
		t.Errorf("caller: %v", caller)
	}

	// Creating users is for admins only.
	_, err = asMember.Access.CreateUser(ctx, &v1.CreateUserRequest{User: &v1.User{Name: name + "-friend"}})
	var denied *switchboard.Error
	if !errors.As(err, &denied) || denied.Code != codes.PermissionDenied || denied.Reason != "PERMISSION_DENIED" ||
		denied.Domain != "switchboard" || denied.Metadata["http_status"] != "403" {
		t.Errorf("member's CreateUser: %#v", err)
	}

	revoked, err := client.Access.RevokeKey(ctx, &v1.RevokeKeyRequest{Id: created.Key.Id})
	if err != nil || revoked.State != "revoked" {
		t.Fatalf("RevokeKey: %v, %v", revoked, err)
	}
	_, err = asMember.Inference.CreateChatCompletion(ctx, switchboard.ChatRequest(expected.Unary.Model, "Invent a holiday"))
	var refused *switchboard.Error
	if !errors.As(err, &refused) || refused.Code != codes.Unauthenticated || refused.Domain != "switchboard" {
		t.Errorf("revoked key: %#v", err)
	}
}

func TestAMemberReadsTheirOwnUsageAfterACall(t *testing.T) {
	ctx := context.Background()
	name := fmt.Sprintf("member-%d", time.Now().UnixNano())
	if _, err := client.Access.CreateUser(ctx, &v1.CreateUserRequest{User: &v1.User{Name: name, Role: "member"}}); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if _, err := client.Access.DeleteUser(context.Background(), &v1.DeleteUserRequest{Name: name}); err != nil {
			t.Errorf("DeleteUser: %v", err)
		}
	})
	created, err := client.Access.CreateKey(ctx, &v1.CreateKeyRequest{Key: &v1.ApiKey{User: name, Name: "usage"}})
	if err != nil {
		t.Fatal(err)
	}
	asMember := dial(t, created.Secret)
	res, err := asMember.Inference.CreateChatCompletion(ctx, switchboard.ChatRequest(expected.Unary.Model, "Invent a holiday"))
	if err != nil {
		t.Fatal(err)
	}
	provider, model := res.Gateway.GetProvider(), res.Gateway.GetUpstreamModel()
	prompt, completion := int64(res.Usage.GetPromptTokens()), int64(res.Usage.GetCompletionTokens())

	// The ledger writes in batches (every 250 ms by default): poll until the request is in.
	var record *v1.UsageRecord
	poll(t, "the request in ListUsageRecords", func() bool {
		page, err := asMember.Usage.ListUsageRecords(ctx, &v1.ListUsageRecordsRequest{})
		if err != nil {
			t.Fatal(err)
		}
		for _, r := range page.Records {
			if r.Model == model {
				record = r
			}
		}
		return record != nil
	})
	var usage *v1.GetUsageResponse
	var bucket *v1.UsageBucket
	poll(t, "the request in GetUsage", func() bool {
		usage, err = asMember.Usage.GetUsage(ctx, &v1.GetUsageRequest{GroupBy: []string{"model"}, Granularity: "hour"})
		if err != nil {
			t.Fatal(err)
		}
		for _, b := range usage.Buckets {
			if b.Model == model {
				bucket = b
			}
		}
		return bucket != nil
	})

	// A fresh member: this one request is all their usage, whatever else the suite ran.
	if usage.Totals.GetRequests() != 1 {
		t.Errorf("totals: %v", usage.Totals)
	}
	if got := bucket.Totals; got.GetRequests() < 1 || got.GetErrors() != 0 || got.GetPromptTokens() != prompt ||
		got.GetCompletionTokens() != completion {
		t.Errorf("bucket of %s: %v (the answer's usage: %v)", model, bucket, res.Usage)
	}
	if record.Ingress != "grpc" || record.UsageSource != "reported" || record.PromptTokens != prompt ||
		record.CompletionTokens != completion || record.Provider != provider ||
		record.RequestedModel != expected.Unary.Model || record.User != name || record.KeyId != created.Key.Id ||
		record.Stream || record.ErrorKind != "" {
		t.Errorf("record: %v (the answer's usage: %v)", record, res.Usage)
	}

	// Every role reads the prices; the request was charged at the one in force for its model.
	prices, err := asMember.Prices.ListPrices(ctx, &v1.ListPricesRequest{})
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`).MatchString(prices.TableChecked) {
		t.Errorf("table_checked: %q", prices.TableChecked)
	}
	var price *v1.Price
	for _, p := range prices.Prices {
		if price == nil && p.Model == model && (p.Provider == provider || p.Provider == "*") {
			price = p
		}
	}
	if price == nil {
		t.Fatalf("no price for %s/%s in %v", provider, model, prices.Prices)
	}
	if record.CachedTokens+record.ReasoningTokens != 0 || record.CostNanos == nil {
		t.Fatalf("record: %v", record)
	}
	// micro-dollars per million tokens x tokens = pico-dollars; nano-dollars rounded half up.
	pico := microUSD(t, price.Input)*prompt + microUSD(t, price.Output)*completion
	if want := (pico + 500) / 1000; *record.CostNanos != want {
		t.Errorf("cost_nanos: %d, want %d at %v", *record.CostNanos, want, price)
	}

	// Limits are set by admins and operators only.
	_, err = asMember.Limits.SetLimits(ctx, &v1.SetLimitsRequest{Scope: "user", Subject: name,
		Policy: &v1.LimitPolicy{RequestsPerMinute: 1000}})
	var denied *switchboard.Error
	if !errors.As(err, &denied) || denied.Code != codes.PermissionDenied || denied.Reason != "PERMISSION_DENIED" {
		t.Errorf("member's SetLimits: %#v", err)
	}
}

func TestAPassedDeadlineIsDeadlineExceeded(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
	defer cancel()
	_, err := client.Inference.CreateChatCompletion(ctx, switchboard.ChatRequest(expected.SlowModel, "hi"))
	var e *switchboard.Error
	if !errors.As(err, &e) || e.Code != codes.DeadlineExceeded {
		t.Fatalf("error: %v", err)
	}
}

func TestTheDefaultTimeoutAppliesWhenTheContextHasNoDeadline(t *testing.T) {
	impatient := dial(t, os.Getenv("SWITCHBOARD_KEY"), switchboard.WithTimeout(500*time.Millisecond))
	_, err := impatient.Inference.CreateChatCompletion(context.Background(), switchboard.ChatRequest(expected.SlowModel, "hi"))
	if status.Code(err) != codes.DeadlineExceeded {
		t.Fatalf("error: %v", err)
	}
}

func TestAWrongKeyIsUnauthenticated(t *testing.T) {
	stranger := dial(t, "sb-wrong-key-0123456789abcdef")
	_, err := stranger.Inference.ListModels(context.Background(), &v1.ListModelsRequest{})
	var e *switchboard.Error
	if !errors.As(err, &e) || e.Code != codes.Unauthenticated {
		t.Fatalf("error: %v", err)
	}
}

func TestAnUnreachableGatewayIsUnavailable(t *testing.T) {
	nowhere, err := switchboard.Dial("127.0.0.1:1", "sb-any-key-0123456789abcdef", switchboard.WithTimeout(5*time.Second))
	if err != nil {
		t.Fatal(err)
	}
	defer nowhere.Close()
	_, err = nowhere.Admin.ListPresets(context.Background(), &v1.ListPresetsRequest{})
	var e *switchboard.Error
	if !errors.As(err, &e) || e.Code != codes.Unavailable {
		t.Fatalf("error: %v", err)
	}
}

func TestTheReadmeExamplePrintsTheStreamedAnswer(t *testing.T) {
	cmd := exec.Command("go", "run", "switchboard.dev/switchboard/examples/streamchat", "Weather?")
	cmd.Env = append(os.Environ(), "SWITCHBOARD_MODEL="+expected.Stream.Model)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%v: %s", err, stderr.String())
	}
	if string(out) != expected.Stream.Text+"\n" {
		t.Errorf("stdout: %q", out)
	}
	if want := fmt.Sprintf("[%d tokens]", expected.Stream.Usage.TotalTokens); !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr: %q", stderr.String())
	}
}

func receiveAll(req *v1.ChatCompletionRequest) ([]*v1.ChatCompletionChunk, error) {
	stream, err := client.Inference.StreamChatCompletion(context.Background(), req)
	if err != nil {
		return nil, err
	}
	var chunks []*v1.ChatCompletionChunk
	for {
		c, err := stream.Recv()
		if err == io.EOF {
			return chunks, nil
		}
		if err != nil {
			return chunks, err
		}
		chunks = append(chunks, c)
	}
}

func dial(t *testing.T, key string, opts ...switchboard.Option) *switchboard.Client {
	c, err := switchboard.Dial(os.Getenv("SWITCHBOARD_TARGET"), key, opts...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// poll calls found until it reports true, for up to 10 s.
func poll(t *testing.T, what string, found func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !found() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not there after 10 s", what)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// microUSD reads USD per million tokens, a decimal string, as exact micro-dollars per million tokens.
func microUSD(t *testing.T, decimal string) int64 {
	t.Helper()
	whole, fraction, _ := strings.Cut(decimal, ".")
	if len(fraction) > 6 {
		t.Fatalf("price %q: more than 6 decimals", decimal)
	}
	w, err1 := strconv.ParseInt(whole, 10, 64)
	f, err2 := strconv.ParseInt(fraction+strings.Repeat("0", 6-len(fraction)), 10, 64)
	if err1 != nil || err2 != nil {
		t.Fatalf("price %q: not a decimal", decimal)
	}
	return w*1_000_000 + f
}

func usageOf(u *v1.Usage) usage {
	return usage{u.GetPromptTokens(), u.GetCompletionTokens(), u.GetTotalTokens()}
}

func or(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
