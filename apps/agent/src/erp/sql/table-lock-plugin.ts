import {
  FromNode,
  RawNode,
  SelectQueryNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";

/**
 * Adds T-SQL's `with (updlock, rowlock)` after each table in a select's FROM, the row lock a
 * read-modify-write needs (PostgreSQL's FOR UPDATE). Kysely has no builder for table hints.
 * Joined tables are not locked.
 */
export class TableLockPlugin implements KyselyPlugin {
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (!SelectQueryNode.is(node) || !node.from) return node;
    const froms = node.from.froms.map((from) => RawNode.create(["", " with (updlock, rowlock)"], [from]));
    return { ...node, from: FromNode.create(froms) };
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}
