package switchboard

import (
	"fmt"
	"time"

	"google.golang.org/genproto/googleapis/rpc/errdetails"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// Error is a failed call, with the gateway's google.rpc.Status details unpacked. Match it with
// errors.As; status.Code(err) and status.FromError(err) keep working through GRPCStatus.
type Error struct {
	Code    codes.Code
	Message string
	// Reason is ErrorInfo.reason, the gateway's error kind (for example "NOT_FOUND"); "" when absent.
	Reason string
	// Domain is ErrorInfo.domain, "switchboard" for the gateway's own errors.
	Domain string
	// Metadata is ErrorInfo.metadata, for example http_status "404" and code "model_not_found".
	Metadata map[string]string
	// RetryDelay is how long the gateway asked to wait before retrying (RetryInfo); 0 when it did not.
	RetryDelay time.Duration
	status     *status.Status
}

func (e *Error) Error() string {
	return fmt.Sprintf("switchboard: %s: %s", e.Code, e.Message)
}

// GRPCStatus returns the status the error was made from.
func (e *Error) GRPCStatus() *status.Status {
	return e.status
}

// asError turns a gRPC status error into an *Error; nil, io.EOF and errors that carry no status
// pass through unchanged.
func asError(err error) error {
	st, ok := status.FromError(err)
	if err == nil || !ok {
		return err
	}
	e := &Error{Code: st.Code(), Message: st.Message(), Metadata: map[string]string{}, status: st}
	for _, d := range st.Details() {
		switch d := d.(type) {
		case *errdetails.ErrorInfo:
			e.Reason, e.Domain = d.Reason, d.Domain
			for k, v := range d.Metadata {
				e.Metadata[k] = v
			}
		case *errdetails.RetryInfo:
			e.RetryDelay = d.GetRetryDelay().AsDuration()
		}
	}
	return e
}
