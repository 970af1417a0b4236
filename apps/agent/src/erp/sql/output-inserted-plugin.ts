import {
  AliasNode,
  ColumnNode,
  InsertQueryNode,
  OutputNode,
  ReferenceNode,
  SelectAllNode,
  TableNode,
  UpdateQueryNode,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from "kysely";

const INSERTED = TableNode.create("inserted");

/**
 * Turns an insert's or update's `returning a, b as c` into T-SQL's `output inserted.a, inserted.b as c`.
 * The query is built with `.returning()`, so its result type is Kysely's; only the SQL changes.
 */
export class OutputInsertedPlugin implements KyselyPlugin {
  transformQuery({ node }: PluginTransformQueryArgs): RootOperationNode {
    if (!InsertQueryNode.is(node) && !UpdateQueryNode.is(node)) return node;
    if (!node.returning) return node;
    const selections = node.returning.selections.map((selection) => fromInserted(selection.selection));
    return { ...node, returning: undefined, output: OutputNode.create(selections) };
  }

  async transformResult({ result }: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return result;
  }
}

function fromInserted(node: OperationNode): OperationNode {
  if (AliasNode.is(node)) return AliasNode.create(fromInserted(node.node), node.alias);
  if (SelectAllNode.is(node)) return ReferenceNode.createSelectAll(INSERTED);
  if (ReferenceNode.is(node) && node.table === undefined) {
    return ColumnNode.is(node.column)
      ? ReferenceNode.create(node.column, INSERTED)
      : ReferenceNode.createSelectAll(INSERTED);
  }
  throw new Error("returning() on SQL Server takes the written table's column names only");
}
