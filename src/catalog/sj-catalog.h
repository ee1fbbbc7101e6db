/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "sj-model.h"

G_BEGIN_DECLS

/**
 * The system catalogue: a read-only SQLite database built from data/catalog/ when Sujarit is
 * built and installed with it. It holds the frames of the editions of the plan (dimensions,
 * missions, sub-items in the commission's wording), each edition's template with every standard
 * text, the library of standard projects, the standard units of each kind of local government
 * and the wording that depends on the kind ({bylaw} is เทศบัญญัติ or ข้อบัญญัติ …).
 *
 * An SjCatalog is used from one thread at a time.
 */

#define SJ_CATALOG_ERROR (sj_catalog_error_quark ())
GQuark sj_catalog_error_quark (void);

typedef enum
{
  SJ_CATALOG_ERROR_OPEN,      /* the database cannot be opened or is not a catalogue */
  SJ_CATALOG_ERROR_NOT_FOUND, /* no such edition or project */
  SJ_CATALOG_ERROR_INVALID,   /* a value given is wrong (an organisation's name …) */
} SjCatalogError;

typedef struct _SjCatalog SjCatalog;

typedef struct
{
  char *id;    /* "2566" */
  char *title; /* "พ.ศ. 2566–2570" */
  int first_year;
  int years;
} SjEdition;

typedef struct
{
  char *id;         /* "lib-014" */
  char *edition;    /* "2566" */
  char *mission;    /* "2.2" */
  char *sub_items;  /* "2.2.1 2.2.2", may be empty */
  SjProjectType type;
  char *title;      /* with its placeholders, e.g. "มาตรการป้องกันผลประโยชน์ทับซ้อนของ{org}" */
  char *snippet;    /* for a search: the text around the match, else the start of the rationale */
} SjLibraryEntry;

/* What a new plan is made for. */
typedef struct
{
  const char *edition;          /* NULL: the newest */
  SjOrgType type;
  const char *name;             /* "เทศบาลตำบลบ้านเป็ด", or only "บ้านเป็ด" */
  const char *district;         /* "อำเภอเมืองขอนแก่น" or "เมืองขอนแก่น" */
  const char *province;         /* "จังหวัดขอนแก่น" or "ขอนแก่น" */
  const char *executive_name;   /* nullable */
  gboolean all_projects;        /* every project of the library */
  const char *const *projects;  /* else these library ids (nullable: none) */
} SjNewPlan;

SjCatalog *sj_catalog_open (const char *path, GError **error);
SjCatalog *sj_catalog_open_default (GError **error);
char *sj_catalog_default_path (void);
void sj_catalog_free (SjCatalog *catalog);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SjCatalog, sj_catalog_free)

GPtrArray *sj_catalog_editions (SjCatalog *catalog);
guint sj_catalog_count_frame (SjCatalog *catalog, const char *edition, guint level);
GPtrArray *sj_catalog_projects (SjCatalog *catalog, const char *edition, const char *query,
                                GError **error);
SjLibraryEntry *sj_catalog_get_project (SjCatalog *catalog, const char *id, GError **error);
SjProject *sj_catalog_preview_project (SjCatalog *catalog, const char *id,
                                       SjOrganisation *organisation, GError **error);

SjPlan *sj_catalog_new_plan (SjCatalog *catalog, const SjNewPlan *options, GError **error);
SjProject *sj_catalog_add_project (SjCatalog *catalog, SjPlan *plan, const char *id,
                                   SjMission *mission, GString *notes, GError **error);

SjProject *sj_catalog_make_project (SjCatalog *catalog, SjPlan *plan, const char *id,
                                    SjMission *mission, SjMission **mission_out, GString *notes,
                                    GError **error);
SjPlan *sj_catalog_plan_from (SjPlan *plan, gboolean next_edition);

GHashTable *sj_catalog_values (SjCatalog *catalog, SjOrganisation *organisation,
                               const char *executive_name);
guint sj_catalog_fill (SjPlan *plan, GHashTable *values, GString *unknown);
char *sj_catalog_expand (GHashTable *values, const char *text, guint *n_replaced,
                         GString *unknown);

gboolean sj_org_type_from_name (const char *name, SjOrgType *type);
char *sj_catalog_place_name (SjOrgType type, const char *name);

void sj_edition_free (SjEdition *edition);
void sj_library_entry_free (SjLibraryEntry *entry);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SjLibraryEntry, sj_library_entry_free)

G_END_DECLS
