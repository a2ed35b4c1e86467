/**
 * koji-containerbuild's hub plugin {@code hub_containerbuild}: the {@code buildContainer} and
 * {@code buildSourceContainer} exports, which only create a task for the builders and return its id.
 *
 * <p>Both exports check a call in this order, each step failing fast:
 * <ol>
 *   <li>the priority ({@link io.containerbuild.hubplugin.TaskScheduling}): upstream's only check, done
 *       first so a non-admin's negative priority gets upstream's ActionNotAllowed whatever else the call
 *       holds;</li>
 *   <li>the types of the other arguments: {@code channel}, then {@code src} and {@code target}, as a
 *       ParameterError naming the argument;</li>
 *   <li>the options ({@link io.containerbuild.hubplugin.OptionsCheck}): one ParameterError listing every
 *       problem;</li>
 *   <li>then the hub, creating the task, refuses an anonymous caller ("task must have an owner") and an
 *       unknown channel. These need the store, so an anonymous call with bad options hears about the
 *       options; nothing is created either way.</li>
 * </ol>
 */
package io.containerbuild.hubplugin;
