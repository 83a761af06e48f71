/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      username\n      displayName\n      role\n      branch {\n        id\n        name\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  query ApiKeyBranches {\n    branches(first: 100, orderBy: { field: CODE }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ApiKeyBranchesDocument,
    "\n  query ApiKeyOwners($where: UserWhereInput!) {\n    users(first: 20, where: $where, orderBy: { field: USERNAME }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n        }\n      }\n    }\n  }\n": typeof types.ApiKeyOwnersDocument,
    "\n  fragment ApiKeyRow on APIKey {\n    id\n    name\n    prefix\n    scopes\n    allowlistOnly\n    ratePerMinute\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n    owner {\n      id\n      username\n      displayName\n    }\n    branch {\n      id\n      name\n    }\n  }\n": typeof types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...ApiKeyRow\n        }\n      }\n    }\n  }\n": typeof types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateAPIKeyInput!) {\n    createAPIKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": typeof types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeAPIKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n": typeof types.RevokeApiKeyDocument,
    "\n  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actorName\n          actorRole\n          ip\n          operation\n          action\n          entityType\n          entityID\n          fields\n          before\n          after\n        }\n      }\n    }\n  }\n": typeof types.AuditLogsDocument,
    "\n  query Client($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        id\n        clientNo\n        name\n        kind\n        status\n        investorClass\n        ...ClientPersonalData\n        branch {\n          id\n          name\n        }\n        advisor {\n          id\n          displayName\n        }\n        tags(first: 20) {\n          edges {\n            node {\n              id\n              name\n              color\n            }\n          }\n        }\n        accounts(first: 20, orderBy: { field: ACCOUNT_NO }) {\n          edges {\n            node {\n              id\n              accountNo\n              type\n              market\n              currency\n              status\n              cashBalance\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientDocument,
    "\n  fragment ClientPersonalData on Customer {\n    idNumber\n    phone\n    email\n    address\n    piiVisible\n  }\n": typeof types.ClientPersonalDataFragmentDoc,
    "\n  query Clients(\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n    $where: CustomerWhereInput\n    $orderBy: [CustomerOrder!]\n  ) {\n    customers(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          clientNo\n          name\n          status\n          openedOn\n          branch {\n            id\n            name\n          }\n          advisor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ClientsDocument,
    "\n  query ClientFilters {\n    branches(first: 100, orderBy: { field: CODE }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 200, where: { role: ADVISOR }, orderBy: { field: USERNAME }) {\n      edges {\n        node {\n          id\n          displayName\n          branch {\n            id\n          }\n        }\n      }\n    }\n    tags(first: 100, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.ClientFiltersDocument,
    "\n  query ClientStatusCounts {\n    normal: customers(first: 0, where: { status: NORMAL }) {\n      totalCount\n    }\n    frozen: customers(first: 0, where: { status: FROZEN }) {\n      totalCount\n    }\n    reportedLost: customers(first: 0, where: { status: REPORTED_LOST }) {\n      totalCount\n    }\n    closed: customers(first: 0, where: { status: CLOSED }) {\n      totalCount\n    }\n    potential: customers(first: 0, where: { status: POTENTIAL }) {\n      totalCount\n    }\n  }\n": typeof types.ClientStatusCountsDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query Products($first: Int!, $after: Cursor) {\n    products(first: $first, after: $after, orderBy: [{ field: CODE }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          type\n          riskLevel\n          issuer\n          status\n          minAmount\n        }\n      }\n    }\n  }\n": typeof types.ProductsDocument,
};
const documents: Documents = {
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query Viewer {\n    viewer {\n      id\n      username\n      displayName\n      role\n      branch {\n        id\n        name\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  query ApiKeyBranches {\n    branches(first: 100, orderBy: { field: CODE }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ApiKeyBranchesDocument,
    "\n  query ApiKeyOwners($where: UserWhereInput!) {\n    users(first: 20, where: $where, orderBy: { field: USERNAME }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n        }\n      }\n    }\n  }\n": types.ApiKeyOwnersDocument,
    "\n  fragment ApiKeyRow on APIKey {\n    id\n    name\n    prefix\n    scopes\n    allowlistOnly\n    ratePerMinute\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n    owner {\n      id\n      username\n      displayName\n    }\n    branch {\n      id\n      name\n    }\n  }\n": types.ApiKeyRowFragmentDoc,
    "\n  query ApiKeys {\n    apiKeys(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...ApiKeyRow\n        }\n      }\n    }\n  }\n": types.ApiKeysDocument,
    "\n  mutation CreateApiKey($input: CreateAPIKeyInput!) {\n    createAPIKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n": types.CreateApiKeyDocument,
    "\n  mutation RevokeApiKey($id: ID!) {\n    revokeAPIKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n": types.RevokeApiKeyDocument,
    "\n  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actorName\n          actorRole\n          ip\n          operation\n          action\n          entityType\n          entityID\n          fields\n          before\n          after\n        }\n      }\n    }\n  }\n": types.AuditLogsDocument,
    "\n  query Client($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        id\n        clientNo\n        name\n        kind\n        status\n        investorClass\n        ...ClientPersonalData\n        branch {\n          id\n          name\n        }\n        advisor {\n          id\n          displayName\n        }\n        tags(first: 20) {\n          edges {\n            node {\n              id\n              name\n              color\n            }\n          }\n        }\n        accounts(first: 20, orderBy: { field: ACCOUNT_NO }) {\n          edges {\n            node {\n              id\n              accountNo\n              type\n              market\n              currency\n              status\n              cashBalance\n            }\n          }\n        }\n      }\n    }\n  }\n": types.ClientDocument,
    "\n  fragment ClientPersonalData on Customer {\n    idNumber\n    phone\n    email\n    address\n    piiVisible\n  }\n": types.ClientPersonalDataFragmentDoc,
    "\n  query Clients(\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n    $where: CustomerWhereInput\n    $orderBy: [CustomerOrder!]\n  ) {\n    customers(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          clientNo\n          name\n          status\n          openedOn\n          branch {\n            id\n            name\n          }\n          advisor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n": types.ClientsDocument,
    "\n  query ClientFilters {\n    branches(first: 100, orderBy: { field: CODE }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 200, where: { role: ADVISOR }, orderBy: { field: USERNAME }) {\n      edges {\n        node {\n          id\n          displayName\n          branch {\n            id\n          }\n        }\n      }\n    }\n    tags(first: 100, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.ClientFiltersDocument,
    "\n  query ClientStatusCounts {\n    normal: customers(first: 0, where: { status: NORMAL }) {\n      totalCount\n    }\n    frozen: customers(first: 0, where: { status: FROZEN }) {\n      totalCount\n    }\n    reportedLost: customers(first: 0, where: { status: REPORTED_LOST }) {\n      totalCount\n    }\n    closed: customers(first: 0, where: { status: CLOSED }) {\n      totalCount\n    }\n    potential: customers(first: 0, where: { status: POTENTIAL }) {\n      totalCount\n    }\n  }\n": types.ClientStatusCountsDocument,
    "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query Products($first: Int!, $after: Cursor) {\n    products(first: $first, after: $after, orderBy: [{ field: CODE }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          type\n          riskLevel\n          issuer\n          status\n          minAmount\n        }\n      }\n    }\n  }\n": types.ProductsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      id\n      username\n      displayName\n      role\n      branch {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    viewer {\n      id\n      username\n      displayName\n      role\n      branch {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyBranches {\n    branches(first: 100, orderBy: { field: CODE }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeyBranches {\n    branches(first: 100, orderBy: { field: CODE }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeyOwners($where: UserWhereInput!) {\n    users(first: 20, where: $where, orderBy: { field: USERNAME }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeyOwners($where: UserWhereInput!) {\n    users(first: 20, where: $where, orderBy: { field: USERNAME }) {\n      edges {\n        node {\n          id\n          username\n          displayName\n          role\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiKeyRow on APIKey {\n    id\n    name\n    prefix\n    scopes\n    allowlistOnly\n    ratePerMinute\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n    owner {\n      id\n      username\n      displayName\n    }\n    branch {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ApiKeyRow on APIKey {\n    id\n    name\n    prefix\n    scopes\n    allowlistOnly\n    ratePerMinute\n    expiresAt\n    revokedAt\n    lastUsedAt\n    createdAt\n    owner {\n      id\n      username\n      displayName\n    }\n    branch {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiKeys {\n    apiKeys(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...ApiKeyRow\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiKeys {\n    apiKeys(first: 200, orderBy: { field: CREATED_AT, direction: DESC }) {\n      totalCount\n      edges {\n        node {\n          ...ApiKeyRow\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiKey($input: CreateAPIKeyInput!) {\n    createAPIKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiKey($input: CreateAPIKeyInput!) {\n    createAPIKey(input: $input) {\n      key\n      apiKey {\n        ...ApiKeyRow\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiKey($id: ID!) {\n    revokeAPIKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiKey($id: ID!) {\n    revokeAPIKey(id: $id) {\n      ...ApiKeyRow\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actorName\n          actorRole\n          ip\n          operation\n          action\n          entityType\n          entityID\n          fields\n          before\n          after\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLogs($first: Int, $after: Cursor, $last: Int, $before: Cursor, $where: AuditLogWhereInput) {\n    auditLogs(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: { field: AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          at\n          actorName\n          actorRole\n          ip\n          operation\n          action\n          entityType\n          entityID\n          fields\n          before\n          after\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Client($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        id\n        clientNo\n        name\n        kind\n        status\n        investorClass\n        ...ClientPersonalData\n        branch {\n          id\n          name\n        }\n        advisor {\n          id\n          displayName\n        }\n        tags(first: 20) {\n          edges {\n            node {\n              id\n              name\n              color\n            }\n          }\n        }\n        accounts(first: 20, orderBy: { field: ACCOUNT_NO }) {\n          edges {\n            node {\n              id\n              accountNo\n              type\n              market\n              currency\n              status\n              cashBalance\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Client($id: ID!) {\n    node(id: $id) {\n      ... on Customer {\n        id\n        clientNo\n        name\n        kind\n        status\n        investorClass\n        ...ClientPersonalData\n        branch {\n          id\n          name\n        }\n        advisor {\n          id\n          displayName\n        }\n        tags(first: 20) {\n          edges {\n            node {\n              id\n              name\n              color\n            }\n          }\n        }\n        accounts(first: 20, orderBy: { field: ACCOUNT_NO }) {\n          edges {\n            node {\n              id\n              accountNo\n              type\n              market\n              currency\n              status\n              cashBalance\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ClientPersonalData on Customer {\n    idNumber\n    phone\n    email\n    address\n    piiVisible\n  }\n"): (typeof documents)["\n  fragment ClientPersonalData on Customer {\n    idNumber\n    phone\n    email\n    address\n    piiVisible\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Clients(\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n    $where: CustomerWhereInput\n    $orderBy: [CustomerOrder!]\n  ) {\n    customers(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          clientNo\n          name\n          status\n          openedOn\n          branch {\n            id\n            name\n          }\n          advisor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Clients(\n    $first: Int\n    $after: Cursor\n    $last: Int\n    $before: Cursor\n    $where: CustomerWhereInput\n    $orderBy: [CustomerOrder!]\n  ) {\n    customers(first: $first, after: $after, last: $last, before: $before, where: $where, orderBy: $orderBy) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        hasPreviousPage\n        startCursor\n        endCursor\n      }\n      edges {\n        node {\n          id\n          clientNo\n          name\n          status\n          openedOn\n          branch {\n            id\n            name\n          }\n          advisor {\n            id\n            displayName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientFilters {\n    branches(first: 100, orderBy: { field: CODE }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 200, where: { role: ADVISOR }, orderBy: { field: USERNAME }) {\n      edges {\n        node {\n          id\n          displayName\n          branch {\n            id\n          }\n        }\n      }\n    }\n    tags(first: 100, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ClientFilters {\n    branches(first: 100, orderBy: { field: CODE }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    users(first: 200, where: { role: ADVISOR }, orderBy: { field: USERNAME }) {\n      edges {\n        node {\n          id\n          displayName\n          branch {\n            id\n          }\n        }\n      }\n    }\n    tags(first: 100, orderBy: { field: NAME }) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ClientStatusCounts {\n    normal: customers(first: 0, where: { status: NORMAL }) {\n      totalCount\n    }\n    frozen: customers(first: 0, where: { status: FROZEN }) {\n      totalCount\n    }\n    reportedLost: customers(first: 0, where: { status: REPORTED_LOST }) {\n      totalCount\n    }\n    closed: customers(first: 0, where: { status: CLOSED }) {\n      totalCount\n    }\n    potential: customers(first: 0, where: { status: POTENTIAL }) {\n      totalCount\n    }\n  }\n"): (typeof documents)["\n  query ClientStatusCounts {\n    normal: customers(first: 0, where: { status: NORMAL }) {\n      totalCount\n    }\n    frozen: customers(first: 0, where: { status: FROZEN }) {\n      totalCount\n    }\n    reportedLost: customers(first: 0, where: { status: REPORTED_LOST }) {\n      totalCount\n    }\n    closed: customers(first: 0, where: { status: CLOSED }) {\n      totalCount\n    }\n    potential: customers(first: 0, where: { status: POTENTIAL }) {\n      totalCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($username: String!, $password: String!) {\n    login(username: $username, password: $password) {\n      token\n      expiresAt\n      user {\n        id\n        username\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Products($first: Int!, $after: Cursor) {\n    products(first: $first, after: $after, orderBy: [{ field: CODE }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          type\n          riskLevel\n          issuer\n          status\n          minAmount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Products($first: Int!, $after: Cursor) {\n    products(first: $first, after: $after, orderBy: [{ field: CODE }]) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          code\n          name\n          type\n          riskLevel\n          issuer\n          status\n          minAmount\n        }\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;