// Package switchboard is the Go client of the Switchboard LLM gateway: the generated gRPC clients
// of switchboard.v1 (package switchboard.dev/switchboard/v1) on one connection that sends the key
// as call credentials, applies a default deadline and returns every failure as an *Error.
package switchboard

import (
	"context"
	"errors"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials"

	switchboardv1 "switchboard.dev/switchboard/v1"
)

// DefaultTimeout bounds a call whose context has no deadline; see WithTimeout.
const DefaultTimeout = 60 * time.Second

// Client calls one gateway. Its fields are the generated clients, so every RPC of
// switchboard.v1.Inference, ProviderAdmin, AccessAdmin, UsageAdmin, LimitAdmin and PriceAdmin is
// there with its own types.
type Client struct {
	Inference switchboardv1.InferenceClient
	Admin     switchboardv1.ProviderAdminClient
	// Access: who the key belongs to, users, API keys, OAuth2 clients, issuers, signing keys,
	// the master keyset and the audit log.
	Access switchboardv1.AccessAdminClient
	// Usage: reports and the ledger's rows; everyone's for viewers, operators and admins, a
	// member's own for a member.
	Usage switchboardv1.UsageAdminClient
	// Limits: rate limits, budgets and quotas, set by admins and operators, read by every role.
	Limits switchboardv1.LimitAdminClient
	// Prices: the price table and its overrides, read by every role, set by admins and operators.
	Prices switchboardv1.PriceAdminClient
	conn   *grpc.ClientConn
}

type options struct {
	timeout time.Duration
	creds   credentials.TransportCredentials
	dial    []grpc.DialOption
}

// Option configures Dial.
type Option func(*options)

// WithTimeout sets the deadline given to calls whose context has none (0: no deadline). For a
// stream it covers the whole stream.
func WithTimeout(d time.Duration) Option {
	return func(o *options) { o.timeout = d }
}

// WithTransportCredentials speaks TLS (or another transport security) instead of plaintext, for
// a gateway behind a TLS-terminating proxy.
func WithTransportCredentials(c credentials.TransportCredentials) Option {
	return func(o *options) { o.creds = c }
}

// WithDialOptions adds grpc dial options (keepalive, user agent, more interceptors).
func WithDialOptions(opts ...grpc.DialOption) Option {
	return func(o *options) { o.dial = append(o.dial, opts...) }
}

// Dial prepares a client for the gateway at target ("host:port") calling with key (the admin key
// or a client API key, "sb-…"). Like
// grpc.Dial it does not wait for a connection: an unreachable gateway fails the first call
// with codes.Unavailable.
func Dial(target, key string, opts ...Option) (*Client, error) {
	if key == "" {
		return nil, errors.New("switchboard: key: empty (expected: the gateway key)")
	}
	o := options{timeout: DefaultTimeout}
	for _, opt := range opts {
		opt(&o)
	}
	if o.timeout < 0 {
		return nil, errors.New("switchboard: timeout: " + o.timeout.String() + " (expected: >= 0)")
	}
	dial := []grpc.DialOption{
		grpc.WithPerRPCCredentials(bearer(key)),
		grpc.WithChainUnaryInterceptor(unaryInterceptor(o.timeout)),
		grpc.WithChainStreamInterceptor(streamInterceptor(o.timeout)),
	}
	if o.creds != nil {
		dial = append(dial, grpc.WithTransportCredentials(o.creds))
	} else {
		dial = append(dial, grpc.WithInsecure())
	}
	conn, err := grpc.Dial(target, append(dial, o.dial...)...)
	if err != nil {
		return nil, err
	}
	return &Client{
		Inference: switchboardv1.NewInferenceClient(conn),
		Admin:     switchboardv1.NewProviderAdminClient(conn),
		Access:    switchboardv1.NewAccessAdminClient(conn),
		Usage:     switchboardv1.NewUsageAdminClient(conn),
		Limits:    switchboardv1.NewLimitAdminClient(conn),
		Prices:    switchboardv1.NewPriceAdminClient(conn),
		conn:      conn,
	}, nil
}

// Close closes the connection; calls in flight fail with codes.Canceled.
func (c *Client) Close() error {
	return c.conn.Close()
}

// ChatRequest is a request with one user message.
func ChatRequest(model, prompt string) *switchboardv1.ChatCompletionRequest {
	return &switchboardv1.ChatCompletionRequest{
		Model: model,
		Messages: []*switchboardv1.Message{{
			Role:    switchboardv1.Role_ROLE_USER,
			Content: []*switchboardv1.ContentPart{{Part: &switchboardv1.ContentPart_Text{Text: prompt}}},
		}},
	}
}

// bearer sends the key as "authorization: Bearer <key>" on every call.
type bearer string

func (b bearer) GetRequestMetadata(context.Context, ...string) (map[string]string, error) {
	return map[string]string{"authorization": "Bearer " + string(b)}, nil
}

// RequireTransportSecurity is false because the gateway itself serves plaintext (TLS, when used,
// is a proxy's job); WithTransportCredentials adds it.
func (bearer) RequireTransportSecurity() bool {
	return false
}
