package org.smpng.ui.diagram.internal.parts;

/**
 * A lock type that WITNESS saw the run acquire but the shown kernel model does not declare (the view may show
 * another model than the run's, or a model file without the type). Not a second model: it only names the type, so
 * that GEF has an object to key the node's edit part by; records compare by name and class.
 *
 * @param name      the lock type's name
 * @param lockClass WITNESS's name of its lock class (e.g. "sleep mutex")
 */
public record RuntimeLockType(String name, String lockClass) {
}
