import type { ChannelName } from '../../shared/contract';
import type { Handlers } from '../dispatcher/createDispatcher';

/** A feature's share of the handlers: exactly the channels it names. */
export type HandlersOf<C extends ChannelName> = Pick<Handlers, C>;
