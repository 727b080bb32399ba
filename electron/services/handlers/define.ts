// Ties a contract entry to its implementation so the handler table stays type-checked end to end.
import type { z } from 'zod';
import type { Contract, HandlerName } from '../../../shared/api/contract';
import type { HandlerContext } from '../context';

export interface Handler<N extends HandlerName> {
  input: Contract[N]['input'];
  output: Contract[N]['output'];
  run(ctx: HandlerContext, input: z.output<Contract[N]['input']>): z.input<Contract[N]['output']> | Promise<z.input<Contract[N]['output']>>;
}

export type HandlerTable = { [N in HandlerName]: Handler<N> };
export type PartialTable<K extends HandlerName> = { [N in K]: Handler<N> };
