package org.vigil.letters.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface LetterTemplateRepository extends JpaRepository<LetterTemplateEntity, String> {
}
