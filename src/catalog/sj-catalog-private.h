/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

/* The schema of the system catalogue, written by sj-catalog-build and read by sj-catalog.c. A
 * catalogue is built with the program and installed with it, so a catalogue of another schema is
 * refused rather than migrated. */
#define SJ_CATALOG_SCHEMA 1

#define SJ_CATALOG_SQL                                                                            \
  "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"                                \
  "CREATE TABLE edition (id TEXT PRIMARY KEY, title TEXT NOT NULL, first_year INTEGER NOT NULL,"  \
  "  years INTEGER NOT NULL, template BLOB NOT NULL);"                                            \
  "CREATE TABLE frame (edition TEXT NOT NULL REFERENCES edition (id), code TEXT NOT NULL,"        \
  "  level INTEGER NOT NULL, name TEXT NOT NULL, PRIMARY KEY (edition, code));"                   \
  "CREATE TABLE term (key TEXT NOT NULL, org_type TEXT NOT NULL, text TEXT NOT NULL,"             \
  "  PRIMARY KEY (key, org_type));"                                                               \
  "CREATE TABLE unit (org_type TEXT NOT NULL, id TEXT NOT NULL, name TEXT NOT NULL,"              \
  "  short TEXT NOT NULL, position INTEGER NOT NULL, PRIMARY KEY (org_type, id));"                \
  "CREATE TABLE project (id TEXT PRIMARY KEY, edition TEXT NOT NULL REFERENCES edition (id),"     \
  "  mission TEXT NOT NULL, sub_items TEXT NOT NULL, type TEXT NOT NULL, title TEXT NOT NULL,"    \
  "  search_title TEXT NOT NULL, body TEXT NOT NULL, fragment BLOB NOT NULL,"                     \
  "  position INTEGER NOT NULL);"                                                                 \
  "CREATE VIRTUAL TABLE project_fts USING fts5 (search_title, body, content = 'project',"         \
  "  content_rowid = 'rowid', tokenize = 'trigram');"
