// Streams one chat completion through a Switchboard gateway and prints it as it arrives.
// Run it as a single-file program with the client on the class path (see ../README.md):
//
//   SWITCHBOARD_KEY=... java -cp "$CP" examples/StreamChat.java "Tell me a joke"
//
// SWITCHBOARD_TARGET (default 127.0.0.1:8080), SWITCHBOARD_KEY (required) and SWITCHBOARD_MODEL
// (default openai/gpt-4o-mini) choose where, as whom and which model.

import java.time.Duration;

import dev.switchboard.client.ChatStream;
import dev.switchboard.client.SwitchboardClient;
import dev.switchboard.client.SwitchboardException;
import dev.switchboard.v1.ChatCompletionChunk;
import dev.switchboard.v1.ChatCompletionRequest;
import dev.switchboard.v1.ChunkChoice;
import dev.switchboard.v1.StreamOptions;

public class StreamChat {
    public static void main(String[] args) {
        final String prompt = args.length > 0 ? String.join(" ", args) : "Say hello in five words.";
        final ChatCompletionRequest request = SwitchboardClient
                .chatRequest(env("SWITCHBOARD_MODEL", "openai/gpt-4o-mini"), prompt)
                .setStreamOptions(StreamOptions.newBuilder().setIncludeUsage(true))
                .build();
        try (SwitchboardClient client = SwitchboardClient.builder()
                                                         .target(env("SWITCHBOARD_TARGET", "127.0.0.1:8080"))
                                                         .key(System.getenv("SWITCHBOARD_KEY"))
                                                         .timeout(Duration.ofSeconds(60))
                                                         .build();
             ChatStream stream = client.streamChatCompletion(request)) {
            for (ChatCompletionChunk chunk : stream) {
                for (ChunkChoice choice : chunk.getChoicesList()) {
                    System.out.print(choice.getDelta().getContent());
                    System.out.flush();
                }
                if (chunk.hasUsage()) {
                    System.err.println("\n[" + chunk.getUsage().getTotalTokens() + " tokens]");
                }
            }
            System.out.println();
        } catch (SwitchboardException e) {
            System.err.println("\nswitchboard: " + e.getMessage() + " (reason " + e.reason() + ", " + e.metadata() + ')');
            System.exit(1);
        }
    }

    private static String env(String name, String fallback) {
        final String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
