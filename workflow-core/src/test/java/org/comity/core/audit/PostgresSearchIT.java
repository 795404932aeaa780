package org.comity.core.audit;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles(AuditTestApplication.POSTGRES)
class PostgresSearchIT extends SearchContract {}
