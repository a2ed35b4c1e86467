/**
 * Koji's XML-RPC dialect on Apache XML-RPC 3.1.3, for both ends of the wire. Nothing outside this package
 * imports {@code org.apache.xmlrpc}.
 *
 * <ul>
 *   <li>{@link io.containerbuild.wire.WireCodec}: {@code methodCall}/{@code methodResponse} bytes, hardened and
 *       bounded by {@link io.containerbuild.wire.WireLimits}.</li>
 *   <li>{@link io.containerbuild.wire.KeywordArgs}, {@link io.containerbuild.wire.Signature},
 *       {@link io.containerbuild.wire.Arguments}: keyword arguments and Python-style binding.</li>
 *   <li>{@link io.containerbuild.wire.FaultTranslator}: exceptions to faults and back.</li>
 *   <li>Server: {@link io.containerbuild.wire.RpcEndpoint} (HTTP-server neutral) with an
 *       {@link io.containerbuild.wire.RpcDispatcher} such as {@link io.containerbuild.wire.MethodTable}.</li>
 *   <li>Client: {@link io.containerbuild.wire.KojiSession} and {@link io.containerbuild.wire.XmlRpcKojiSession}.</li>
 *   <li>{@link io.containerbuild.wire.SerialFilters}: the JVM-wide reject-all deserialization filter hosts install.</li>
 * </ul>
 */
package io.containerbuild.wire;
