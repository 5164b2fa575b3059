package dev.switchboard.client;

import static dev.switchboard.client.Stubs.call;

import java.util.List;

import com.google.protobuf.FieldMask;

import dev.switchboard.v1.CreateProviderRequest;
import dev.switchboard.v1.DeleteProviderRequest;
import dev.switchboard.v1.GetProviderRequest;
import dev.switchboard.v1.ListPresetsRequest;
import dev.switchboard.v1.ListProviderModelsRequest;
import dev.switchboard.v1.ListProvidersRequest;
import dev.switchboard.v1.Preset;
import dev.switchboard.v1.Provider;
import dev.switchboard.v1.ProviderModel;
import dev.switchboard.v1.RotateProviderKeyRequest;
import dev.switchboard.v1.TestProviderRequest;
import dev.switchboard.v1.TestProviderResponse;
import dev.switchboard.v1.UpdateProviderRequest;

/**
 * The {@code switchboard.v1.ProviderAdmin} RPCs, from {@link SwitchboardClient#admin()}; what each
 * role may call is the gateway's table (docs/security.md). Failures are thrown as {@link SwitchboardException}.
 */
public final class ProviderAdminClient {
    private final Stubs stubs;

    ProviderAdminClient(Stubs stubs) {
        this.stubs = stubs;
    }

    /** Registers a provider; returns it as stored, secrets masked. */
    public Provider createProvider(Provider provider) {
        return call(() -> stubs.admin().createProvider(CreateProviderRequest.newBuilder().setProvider(provider).build()));
    }

    public Provider getProvider(String name) {
        return call(() -> stubs.admin().getProvider(GetProviderRequest.newBuilder().setName(name).build()));
    }

    public List<Provider> listProviders() {
        return call(() -> stubs.admin().listProviders(ListProvidersRequest.getDefaultInstance()).getProvidersList());
    }

    /** Changes the fields named in {@code updateMask} (none: every field set in {@code provider}). */
    public Provider updateProvider(String name, Provider provider, String... updateMask) {
        final UpdateProviderRequest.Builder req = UpdateProviderRequest.newBuilder().setName(name).setProvider(provider);
        if (updateMask.length > 0) {
            req.setUpdateMask(FieldMask.newBuilder().addAllPaths(List.of(updateMask)));
        }
        return call(() -> stubs.admin().updateProvider(req.build()));
    }

    public void deleteProvider(String name) {
        call(() -> stubs.admin().deleteProvider(DeleteProviderRequest.newBuilder().setName(name).build()));
    }

    public TestProviderResponse testProvider(TestProviderRequest request) {
        return call(() -> stubs.admin().testProvider(request));
    }

    public List<ProviderModel> listProviderModels(String name) {
        return call(() -> stubs.admin().listProviderModels(ListProviderModelsRequest.newBuilder().setName(name).build())
                               .getModelsList());
    }

    public Provider rotateProviderKey(String name, String apiKey) {
        return call(() -> stubs.admin().rotateProviderKey(
                RotateProviderKeyRequest.newBuilder().setName(name).setApiKey(apiKey).build()));
    }

    public List<Preset> listPresets() {
        return call(() -> stubs.admin().listPresets(ListPresetsRequest.getDefaultInstance()).getPresetsList());
    }
}
