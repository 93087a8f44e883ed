// PouchDB 9 and express-pouchdb ship no types, and @types/pouchdb-core pulls the DOM library into
// every Node file it touches (`/// <reference lib="dom" />`); so the modules are declared opaque
// here and typed once, for the calls Liaison makes, in pouchdb.ts (and the test server helper).
declare module 'pouchdb-core' {
  const PouchDB: unknown;
  export default PouchDB;
}
declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}
declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
declare module 'express-pouchdb' {
  const expressPouchDB: unknown;
  export default expressPouchDB;
}
