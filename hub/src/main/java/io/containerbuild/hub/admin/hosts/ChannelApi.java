package io.containerbuild.hub.admin.hosts;

import io.containerbuild.fault.FaultCode;
import io.containerbuild.fault.KojiFault;
import io.containerbuild.fault.ParameterError;
import io.containerbuild.hub.admin.Lookup;
import io.containerbuild.hub.admin.NameOrId;
import io.containerbuild.hub.admin.NameRules;
import io.containerbuild.hub.admin.PythonTruth;
import io.containerbuild.hub.rpc.Export;
import io.containerbuild.hub.rpc.ExportGroup;
import io.containerbuild.hub.rpc.HubCaller;
import io.containerbuild.hub.store.Channel;
import io.containerbuild.hub.store.Store;
import io.containerbuild.plugin.hub.HubExport;
import io.containerbuild.wire.Arguments;
import io.containerbuild.wire.Signature;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Koji's channel calls: {@code addChannel} (admin only, as upstream), {@code getChannel} and
 * {@code listChannels}. The hub keeps no history of memberships it can be asked about, so an
 * {@code event} is answered with the current memberships.
 */
public final class ChannelApi implements ExportGroup {
    private final Store store;
    private final Lookup lookup;

    @Inject
    public ChannelApi(Store store, Lookup lookup) {
        this.store = store;
        this.lookup = lookup;
    }

    @Override
    public List<HubExport> exports() {
        return List.of(
                new Export(Signature.builder("addChannel").required("channel_name").optional("description", null)
                        .build(), this::addChannel),
                new Export(Signature.builder("getChannel").required("channelInfo").optional("strict", false)
                        .build(), this::getChannel),
                new Export(Signature.builder("listChannels").optional("hostID", null).optional("event", null)
                        .optional("enabled", null).build(), this::listChannels));
    }

    /** Answers the new channel's id. */
    private Object addChannel(HubCaller caller, Arguments args) {
        caller.assertPerm("admin");
        String name = NameRules.CHANNEL.verify(args.raw("channel_name"));
        Object description = args.raw("description");
        if (description != null && !(description instanceof String)) {
            throw new ParameterError("Channel description must be a string");
        }
        // the store refuses a duplicate with upstream's text, naming the existing channel's id
        return store.channels().create(name, (String) description).id();
    }

    private Object getChannel(HubCaller caller, Arguments args) {
        Object channelInfo = args.raw("channelInfo");
        return lookup.channel(channelInfo).map(ChannelRecords::toWire).orElseGet(() -> {
            if (PythonTruth.of(args.raw("strict"))) {
                // upstream's query helper speaks here, not the channel code
                throw new KojiFault(FaultCode.GENERIC_ERROR, "query returned no rows");
            }
            return null;
        });
    }

    private Object listChannels(HubCaller caller, Arguments args) {
        Object hostInfo = args.raw("hostID");
        Object enabled = args.raw("enabled");
        List<Channel> channels;
        if (PythonTruth.of(hostInfo)) {
            channels = store.channels().listByHost(hostId(hostInfo));
        } else if (PythonTruth.of(args.raw("event"))) {
            throw new KojiFault(FaultCode.GENERIC_ERROR, "list_channels with event and not host is not allowed.");
        } else {
            channels = store.channels().list();
        }
        return channels.stream()
                .filter(channel -> enabled == null || channel.enabled() == PythonTruth.of(enabled))
                .map(ChannelRecords::toWire)
                .toList();
    }

    /** A host name must exist; an id is taken as it is, so an unknown id lists no channels. */
    private int hostId(Object hostInfo) {
        return NameOrId.of(hostInfo).find(id -> id, name -> lookup.hostStrict(name).id());
    }
}
