/**
 * SMPng Workbench
 */
package org.smpng.model.kernel;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Provenance</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A record of the FreeBSD source and data file a kernel model was generated from, so a reader can check it against the original.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.smpng.model.kernel.Provenance#getSource <em>Source</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Provenance#getDating <em>Dating</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Provenance#getDataFile <em>Data File</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Provenance#getDataSha256 <em>Data Sha256</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Provenance#getGenerator <em>Generator</em>}</li>
 *   <li>{@link org.smpng.model.kernel.Provenance#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.smpng.model.kernel.KernelPackage#getProvenance()
 * @model
 * @generated
 */
public interface Provenance extends EObject {
	/**
	 * Returns the value of the '<em><b>Source</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The FreeBSD source the facts were taken from, such as "FreeBSD sys/kern/subr_witness.c order_lists[]".
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Source</em>' attribute.
	 * @see #setSource(String)
	 * @see org.smpng.model.kernel.KernelPackage#getProvenance_Source()
	 * @model
	 * @generated
	 */
	String getSource();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Provenance#getSource <em>Source</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Source</em>' attribute.
	 * @see #getSource()
	 * @generated
	 */
	void setSource(String value);

	/**
	 * Returns the value of the '<em><b>Dating</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The release, branch or date of the source.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Dating</em>' attribute.
	 * @see #setDating(String)
	 * @see org.smpng.model.kernel.KernelPackage#getProvenance_Dating()
	 * @model
	 * @generated
	 */
	String getDating();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Provenance#getDating <em>Dating</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Dating</em>' attribute.
	 * @see #getDating()
	 * @generated
	 */
	void setDating(String value);

	/**
	 * Returns the value of the '<em><b>Data File</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The repository-relative path of the data file this model was generated from.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data File</em>' attribute.
	 * @see #setDataFile(String)
	 * @see org.smpng.model.kernel.KernelPackage#getProvenance_DataFile()
	 * @model
	 * @generated
	 */
	String getDataFile();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Provenance#getDataFile <em>Data File</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data File</em>' attribute.
	 * @see #getDataFile()
	 * @generated
	 */
	void setDataFile(String value);

	/**
	 * Returns the value of the '<em><b>Data Sha256</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The SHA-256 of the data file, in lower-case hex, so a stale model can be detected.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Data Sha256</em>' attribute.
	 * @see #setDataSha256(String)
	 * @see org.smpng.model.kernel.KernelPackage#getProvenance_DataSha256()
	 * @model
	 * @generated
	 */
	String getDataSha256();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Provenance#getDataSha256 <em>Data Sha256</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Data Sha256</em>' attribute.
	 * @see #getDataSha256()
	 * @generated
	 */
	void setDataSha256(String value);

	/**
	 * Returns the value of the '<em><b>Generator</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The fully qualified name of the class that generated this model.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Generator</em>' attribute.
	 * @see #setGenerator(String)
	 * @see org.smpng.model.kernel.KernelPackage#getProvenance_Generator()
	 * @model
	 * @generated
	 */
	String getGenerator();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Provenance#getGenerator <em>Generator</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Generator</em>' attribute.
	 * @see #getGenerator()
	 * @generated
	 */
	void setGenerator(String value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Anything a reader should know about how the data was interpreted.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.smpng.model.kernel.KernelPackage#getProvenance_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.smpng.model.kernel.Provenance#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // Provenance
