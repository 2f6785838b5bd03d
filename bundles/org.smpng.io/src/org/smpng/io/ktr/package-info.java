/** Reading KTR traces ({@code ktrdump -ct} output with KTRGRAPH records) into timelines. */
package org.smpng.io.ktr;
