package switchboard

import (
	"context"
	"time"

	"google.golang.org/grpc"
)

// The interceptors give the generated clients the two things they lack: a default deadline and
// *Error results, for every method including streams.

func unaryInterceptor(timeout time.Duration) grpc.UnaryClientInterceptor {
	return func(ctx context.Context, method string, req, reply interface{}, cc *grpc.ClientConn,
		invoker grpc.UnaryInvoker, opts ...grpc.CallOption) error {
		ctx, cancel := withDefaultDeadline(ctx, timeout)
		defer cancel()
		return asError(invoker(ctx, method, req, reply, cc, opts...))
	}
}

func streamInterceptor(timeout time.Duration) grpc.StreamClientInterceptor {
	return func(ctx context.Context, desc *grpc.StreamDesc, cc *grpc.ClientConn, method string,
		streamer grpc.Streamer, opts ...grpc.CallOption) (grpc.ClientStream, error) {
		ctx, cancel := withDefaultDeadline(ctx, timeout)
		s, err := streamer(ctx, desc, cc, method, opts...)
		if err != nil {
			cancel()
			return nil, asError(err)
		}
		return &clientStream{ClientStream: s, cancel: cancel}, nil
	}
}

// clientStream releases the deadline's timer when the stream ends and converts its errors.
type clientStream struct {
	grpc.ClientStream
	cancel context.CancelFunc
}

func (s *clientStream) RecvMsg(m interface{}) error {
	err := s.ClientStream.RecvMsg(m)
	if err != nil {
		s.cancel()
	}
	return asError(err)
}

func (s *clientStream) SendMsg(m interface{}) error {
	return asError(s.ClientStream.SendMsg(m))
}

func withDefaultDeadline(ctx context.Context, timeout time.Duration) (context.Context, context.CancelFunc) {
	if _, ok := ctx.Deadline(); ok || timeout == 0 {
		return ctx, func() {}
	}
	return context.WithTimeout(ctx, timeout)
}
