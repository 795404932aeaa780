package org.comity.core.audit;

import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles(AuditTestApplication.H2)
class H2AppendIT extends AppendContract {}
