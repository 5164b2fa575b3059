// Command streamchat streams one chat completion through a Switchboard gateway and prints it as
// it arrives.
//
//	SWITCHBOARD_KEY=... go run switchboard.dev/switchboard/examples/streamchat "Tell me a joke"
//
// SWITCHBOARD_TARGET (default 127.0.0.1:8080), SWITCHBOARD_KEY (required) and SWITCHBOARD_MODEL
// (default openai/gpt-4o-mini) choose where, as whom and which model.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"switchboard.dev/switchboard"
	switchboardv1 "switchboard.dev/switchboard/v1"
)

func main() {
	if err := run(); err != nil {
		var sbErr *switchboard.Error
		if errors.As(err, &sbErr) {
			fmt.Fprintf(os.Stderr, "\nswitchboard: %s (reason %s, %v)\n", sbErr.Message, sbErr.Reason, sbErr.Metadata)
		} else {
			fmt.Fprintln(os.Stderr, "\nstreamchat:", err)
		}
		os.Exit(1)
	}
}

func run() error {
	prompt := strings.Join(os.Args[1:], " ")
	if prompt == "" {
		prompt = "Say hello in five words."
	}
	client, err := switchboard.Dial(getenv("SWITCHBOARD_TARGET", "127.0.0.1:8080"), os.Getenv("SWITCHBOARD_KEY"),
		switchboard.WithTimeout(60*time.Second))
	if err != nil {
		return err
	}
	defer client.Close()

	req := switchboard.ChatRequest(getenv("SWITCHBOARD_MODEL", "openai/gpt-4o-mini"), prompt)
	req.StreamOptions = &switchboardv1.StreamOptions{IncludeUsage: true}
	stream, err := client.Inference.StreamChatCompletion(context.Background(), req)
	if err != nil {
		return err
	}
	for {
		chunk, err := stream.Recv()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		for _, choice := range chunk.Choices {
			fmt.Print(choice.GetDelta().GetContent())
		}
		if chunk.Usage != nil {
			fmt.Fprintf(os.Stderr, "\n[%d tokens]\n", chunk.Usage.TotalTokens)
		}
	}
	fmt.Println()
	return nil
}

func getenv(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}
