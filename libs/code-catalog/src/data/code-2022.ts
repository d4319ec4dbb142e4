import type { CodeSection, Provision } from '../types';
import { buildProvisions, buildSections, type ProvisionRow } from './build-provision';

/**
 * The 2022 Complaint Handling Code as its self-assessment form quotes it: the 72 provisions the form
 * assesses, each 'must' or 'should' as the form's sub-tables place it. The form quotes some provisions
 * only in part (1.6 and 3.2 start mid-sentence); the text keeps the form's quotation. Stage is set for
 * stages 1 and 2 of section 5; the third stage (5.17 to 5.20) has no 2024 counterpart and is left null.
 */
export const SECTIONS_2022: readonly CodeSection[] = buildSections('2022', [
  'Definition of a complaint',
  'Accessibility and awareness',
  'Complaint handling personnel',
  'Complaint handling principles',
  'Complaint stages',
  'Putting things right',
  'Continuous learning and improvement',
  'Self-assessment and compliance',
]);

const ROWS: readonly ProvisionRow[] = [
  {
    number: '1.2',
    title: 'Definition of a complaint',
    requirement:
      "A complaint must be defined as: 'an expression of dissatisfaction, however made, about the standard of service, actions or lack of action by the organisation, its own staff, or those acting on its behalf, affecting an individual resident or group of residents.'",
  },
  {
    number: '1.3',
    title: "Word 'complaint' not needed; third parties",
    requirement:
      "The resident does not have to use the word 'complaint' for it to be treated as such. A complaint that is submitted via a third party or representative must still be handled in line with the landlord's complaints policy.",
  },
  {
    number: '1.4',
    title: 'Service requests told apart from complaints',
    obligation: 'should',
    requirement:
      'Landlords should recognise the difference between a service request, where a resident may be unhappy with a situation that they wish to have rectified, and a complaint about the service they have/have not received.',
  },
  {
    number: '1.5',
    title: 'Survey feedback and how to complain',
    obligation: 'should',
    requirement:
      'Survey feedback may not necessarily need to be treated as a complaint, though, where possible, the person completing the survey should be made aware of how they can pursue their dissatisfaction as a complaint if they wish to.',
  },
  {
    number: '1.6',
    title: 'Logged as a complaint on enquiry or request',
    requirement:
      '... if further enquiries are needed to resolve the matter, or if the resident requests it, the issue must be logged as a complaint.',
  },
  {
    number: '1.7',
    title: 'Complaints accepted unless a valid reason',
    requirement: 'A landlord must accept a complaint unless there is a valid reason not to do so.',
  },
  {
    number: '1.8',
    title: 'Policy sets out exclusions',
    requirement:
      'A complaints policy must clearly set out the circumstances in which a matter will not be considered, and these circumstances should be fair and reasonable to residents.',
  },
  {
    number: '1.9',
    title: 'Refusals explained, with Ombudsman right',
    requirement:
      'If a landlord decides not to accept a complaint, a detailed explanation must be provided to the resident setting out the reasons why the matter is not suitable for the complaints process and the right to take that decision to the Ombudsman.',
  },
  {
    number: '2.1',
    title: 'More than one channel to complain',
    requirement:
      'Landlords must make it easy for residents to complain by providing different channels through which residents can make a complaint such as in person, over the telephone, in writing, by email and digitally. While the Ombudsman recognises that it may not be feasible for a landlord to use all of the potential channels, there must be more than one route of access into the complaints system.',
  },
  {
    number: '2.2',
    title: 'Complaints via social media',
    obligation: 'should',
    requirement:
      'Where a landlord has set up channels to communicate with its residents via social media, then it should expect to receive complaints via those channels. Policies should contain details of the steps that will be taken when a complaint is received via social media and how confidentiality and privacy will be maintained.',
  },
  {
    number: '2.3',
    title: 'Accessible complaints policy',
    requirement:
      'Landlords must make their complaint policy available in a clear and accessible format for all residents. This will detail the number of stages involved, what will happen at each stage and the timeframes for responding.',
  },
  {
    number: '2.4',
    title: 'Complaints information on the website',
    requirement:
      'Landlord websites, if they exist, must include information on how to raise a complaint. The complaints policy and process must be easy to find on the website.',
  },
  {
    number: '2.5',
    title: 'Equality Act and reasonable adjustments',
    requirement:
      "Landlords must comply with the Equality Act 2010 and may need to adapt normal policies, procedures, or processes to accommodate an individual's needs. Landlords must satisfy themselves that their policy sets out how they will respond to reasonable adjustments requests in line with the Equality Act and that complaints handlers have had appropriate training to deal with such requests.",
  },
  {
    number: '2.6',
    title: 'Policy, Code and Scheme publicised',
    requirement:
      'Landlords must publicise the complaints policy and process, the Complaint Handling Code and the Housing Ombudsman Scheme in leaflets, posters, newsletters, online and as part of regular correspondence with residents.',
  },
  {
    number: '2.7',
    title: 'Ombudsman contact details in correspondence',
    requirement:
      'Landlords must provide residents with contact information for the Ombudsman as part of its regular correspondence with residents.',
  },
  {
    number: '2.8',
    title: 'Early advice on the right to the Ombudsman',
    requirement:
      "Landlords must provide early advice to residents regarding their right to access the Housing Ombudsman Service throughout their complaint, not only when the landlord's complaints process is exhausted.",
  },
  {
    number: '3.1',
    title: 'Complaints officer assigned',
    requirement:
      'Landlords must have a person or team assigned to take responsibility for complaint handling to ensure complaints receive the necessary attention, and that these are reported to the governing body. This Code will refer to that person or team as the "complaints officer".',
  },
  {
    number: '3.2',
    title: 'Handler skills; no conflicts of interest',
    requirement:
      '... the complaint handler appointed must have appropriate complaint handling skills and no conflicts of interest.',
  },
  {
    number: '3.3',
    title: 'Handler qualities, access and authority',
    obligation: 'should',
    requirement:
      'Complaint handlers should: be able to act sensitively and fairly; be trained to handle complaints and deal with distressed and upset residents; have access to staff at all levels to facilitate quick resolution of complaints; have the authority and autonomy to act to resolve disputes quickly and fairly.',
  },
  {
    number: '4.1',
    title: 'Logged at stage 1 within 5 days; no extra stages',
    timescale: { amount: 5, unit: 'days', from: 'complaint received' },
    requirement:
      "Any decision to try and resolve a concern must be taken in agreement with the resident and a landlord's audit trail/records should be able to demonstrate this. Landlords must ensure that efforts to resolve a resident's concerns do not obstruct access to the complaints procedure or result in any unreasonable delay. It is not appropriate to have extra named stages (such as 'stage 0' or 'pre-complaint stage') as this causes unnecessary confusion for residents. When a complaint is made, it must be acknowledged and logged at stage one of the complaints procedure within five days of receipt.",
  },
  {
    number: '4.2',
    title: 'Understanding of the complaint agreed',
    requirement:
      'Within the complaint acknowledgement, landlords must set out their understanding of the complaint and the outcomes the resident is seeking. If any aspect of the complaint is unclear, the resident must be asked for clarification and the full definition agreed between both parties.',
  },
  {
    number: '4.3',
    title: 'Expectations managed',
    obligation: 'should',
    requirement:
      "Landlords should manage residents' expectations from the outset, being clear where a desired outcome is unreasonable or unrealistic.",
  },
  {
    number: '4.4',
    title: 'Resolved at the earliest opportunity',
    obligation: 'should',
    requirement:
      'A complaint should be resolved at the earliest possible opportunity, having assessed what evidence is needed to fully consider the issues, what outcome would resolve the matter for the resident and whether there are any urgent actions required.',
  },
  {
    number: '4.5',
    title: 'Representatives allowed',
    obligation: 'should',
    requirement:
      'Landlords should give residents the opportunity to have a representative deal with their complaint on their behalf, and to be represented or accompanied at any meeting with the landlord where this is reasonable.',
  },
  {
    number: '4.6',
    title: 'Impartial investigation',
    requirement: 'A complaint investigation must be conducted in an impartial manner.',
  },
  {
    number: '4.7',
    title: 'Complaint handler duties',
    requirement:
      'The complaint handler must: deal with complaints on their merits; act independently and have an open mind; take measures to address any actual or perceived conflict of interest; consider all information and evidence carefully; keep the complaint confidential as far as possible, with information only disclosed if necessary, to properly investigate the matter.',
  },
  {
    number: '4.8',
    title: 'Legal obligations set out',
    obligation: 'should',
    requirement:
      "Where a key issue of a complaint relates to the parties' legal obligations landlords should clearly set out their understanding of the obligations of both parties.",
  },
  {
    number: '4.9',
    title: 'Staff not identified',
    obligation: 'should',
    requirement:
      'Communication with the resident should not generally identify individual members of staff or contractors.',
  },
  {
    number: '4.10',
    title: 'Residents kept updated',
    obligation: 'should',
    requirement: 'Landlords should keep residents regularly updated about the progress of the investigation.',
  },
  {
    number: '4.11',
    title: 'Agreed communication arrangements kept',
    requirement:
      'Landlords must adhere to any reasonable arrangements agreed with residents in terms of frequency and method of communication.',
  },
  {
    number: '4.12',
    title: 'Fair chance to set out position',
    requirement:
      'The resident, and if applicable any staff member who is the subject of the complaint, must also be given a fair chance to: set out their position; comment on any adverse findings before a final decision is made.',
  },
  {
    number: '4.13',
    title: 'Escalation timescale in policy',
    requirement:
      'A landlord must include in its complaints policy its timescales for a resident to request escalation of a complaint.',
  },
  {
    number: '4.14',
    title: 'Escalation refused only with valid reasons',
    requirement:
      "A landlord must not unreasonably refuse to escalate a complaint through all stages of the complaints procedure and must have clear and valid reasons for taking that course of action. Reasons for declining to escalate a complaint must be clearly set out in a landlord's complaints policy and must be the same as the reasons for not accepting a complaint.",
  },
  {
    number: '4.15',
    title: 'Full record of each complaint',
    requirement:
      'A full record must be kept of the complaint, any review and the outcomes at each stage. This must include the original complaint and the date received, all correspondence with the resident, correspondence with other parties and any reports or surveys prepared.',
  },
  {
    number: '4.16',
    title: 'Feedback sought on complaint handling',
    obligation: 'should',
    requirement:
      "Landlords should seek feedback from residents in relation to the landlord's complaint handling as part of the drive to encourage a positive complaint and learning culture.",
  },
  {
    number: '4.17',
    title: 'Staff complained about supported',
    obligation: 'should',
    requirement:
      'Landlords should recognise the impact that being complained about can have on future service delivery. Landlords should ensure that staff are supported and engaged in the complaints process, including the learning that can be gained.',
  },
  {
    number: '4.18',
    title: 'Unacceptable behaviour policy',
    requirement:
      'Landlords must have policies and procedures in place for managing unacceptable behaviour from residents and/or their representatives when pursuing a complaint.',
  },
  {
    number: '4.19',
    title: 'Appropriate contact restrictions',
    obligation: 'should',
    requirement:
      "Any restrictions placed on a resident's contact due to unacceptable behaviour should be appropriate to their needs and should demonstrate regard for the provisions of the Equality Act 2010.",
  },
  {
    number: '5.1',
    title: 'Stage 1 response within 10 working days',
    stage: 1,
    timescale: { amount: 10, unit: 'working_days', from: 'complaint logged' },
    requirement:
      'Landlords must respond to the complaint within 10 working days of the complaint being logged. Exceptionally, landlords may provide an explanation to the resident containing a clear timeframe for when the response will be received. This should not exceed a further 10 days without good reason.',
  },
  {
    number: '5.2',
    title: 'Stage 1 extension beyond 20 days agreed',
    obligation: 'should',
    stage: 1,
    requirement:
      'If an extension beyond 20 working days is required to enable the landlord to respond to the complaint fully, this should be agreed by both parties.',
  },
  {
    number: '5.3',
    title: 'Ombudsman details if stage 1 extension disputed',
    obligation: 'should',
    stage: 1,
    requirement:
      "Where agreement over an extension period cannot be reached, landlords should provide the Housing Ombudsman's contact details so the resident can challenge the landlord's plan for responding and/or the proposed timeliness of a landlord's response.",
  },
  {
    number: '5.4',
    title: 'Older reports of recurring issues considered',
    obligation: 'should',
    stage: 1,
    requirement:
      'Where the problem is a recurring issue, the landlord should consider any older reports as part of the background to the complaint if this will help to resolve the issue for the resident.',
  },
  {
    number: '5.5',
    title: 'Stage 1 response when answer known',
    stage: 1,
    requirement:
      'A complaint response must be sent to the resident when the answer to the complaint is known, not when the outstanding actions required to address the issue, are completed. Outstanding actions must still be tracked and actioned expeditiously with regular updates provided to the resident.',
  },
  {
    number: '5.6',
    title: 'Stage 1 response addresses all points',
    stage: 1,
    requirement:
      'Landlords must address all points raised in the complaint and provide clear reasons for any decisions, referencing the relevant policy, law and good practice where appropriate.',
  },
  {
    number: '5.7',
    title: 'Related issues added to stage 1',
    obligation: 'should',
    stage: 1,
    requirement:
      'Where residents raise additional complaints during the investigation, these should be incorporated into the stage one response if they are relevant and the stage one response has not been issued. Where the stage one response has been issued, or it would unreasonably delay the response, the complaint should be logged as a new complaint.',
  },
  {
    number: '5.8',
    title: 'Stage 1 written outcome',
    stage: 1,
    requirement:
      'Landlords must confirm the following in writing to the resident at the completion of stage one in clear, plain language: the complaint stage; the decision on the complaint; the reasons for any decisions made; the details of any remedy offered to put things right; details of any outstanding actions; details of how to escalate the matter to stage two if the resident is not satisfied with the answer.',
  },
  {
    number: '5.9',
    title: 'Unresolved complaints go to stage 2',
    stage: 2,
    requirement:
      "If all or part of the complaint is not resolved to the resident's satisfaction at stage one it must be progressed to stage two of the landlord's procedure, unless an exclusion ground now applies. In instances where a landlord declines to escalate a complaint it must clearly communicate in writing its reasons for not escalating as well as the resident's right to approach the Ombudsman about its decision.",
  },
  {
    number: '5.10',
    title: 'Stage 2 understanding of issues set out',
    stage: 2,
    requirement:
      'On receipt of the escalation request, landlords must set out their understanding of issues outstanding and the outcomes the resident is seeking. If any aspect of the complaint is unclear, the resident must be asked for clarification and the full definition agreed between both parties.',
  },
  {
    number: '5.11',
    title: 'Stage 2 only after stage 1, on request',
    stage: 2,
    requirement:
      'Landlords must only escalate a complaint to stage two once it has completed stage one and at the request of the resident.',
  },
  {
    number: '5.12',
    title: 'Different person at stage 2',
    stage: 2,
    requirement:
      'The person considering the complaint at stage two, must not be the same person that considered the complaint at stage one.',
  },
  {
    number: '5.13',
    title: 'Stage 2 response within 20 working days',
    stage: 2,
    timescale: { amount: 20, unit: 'working_days', from: 'complaint escalated' },
    requirement:
      'Landlords must respond to the stage two complaint within 20 working days of the complaint being escalated. Exceptionally, landlords may provide an explanation to the resident containing a clear timeframe for when the response will be received. This should not exceed a further 10 days without good reason.',
  },
  {
    number: '5.14',
    title: 'Stage 2 extension beyond 10 days agreed',
    obligation: 'should',
    stage: 2,
    requirement:
      'If an extension beyond 10 working days is required to enable the landlord to respond to the complaint fully, this should be agreed by both parties.',
  },
  {
    number: '5.15',
    title: 'Ombudsman details if stage 2 extension disputed',
    obligation: 'should',
    stage: 2,
    requirement:
      "Where agreement over an extension period cannot be reached, landlords should provide the Housing Ombudsman's contact details so the resident can challenge the landlord's plan for responding and/or the proposed timeliness of a landlord's response.",
  },
  {
    number: '5.16',
    title: 'Stage 2 written outcome',
    stage: 2,
    requirement:
      'Landlords must confirm the following in writing to the resident at the completion of stage two in clear, plain language: the complaint stage; the complaint definition; the decision on the complaint; the reasons for any decisions made; the details of any remedy offered to put things right; details of any outstanding actions; and if the landlord has a third stage, details of how to escalate the matter to stage three; if this was the final stage, details of how to escalate the matter to the Housing Ombudsman Service if the resident remains dissatisfied.',
  },
  {
    number: '5.17',
    title: 'Third stage justified; never more than three',
    requirement:
      'Two stage landlord complaint procedures are ideal. This ensures that the complaint process is not unduly long. If landlords strongly believe a third stage is necessary, they must set out their reasons for this as part of their self-assessment. A process with more than three stages is not acceptable under any circumstances.',
  },
  {
    number: '5.18',
    title: 'Stage 3 on request, within 20 working days',
    obligation: 'should',
    timescale: { amount: 20, unit: 'working_days', from: 'complaint escalated to stage 3' },
    requirement:
      'Complaints should only go to a third stage if the resident has actively requested a third stage review of their complaint. Where a third stage is in place and has been requested, landlords must respond to the stage three complaint within 20 working days of the complaint being escalated. Additional time will only be justified if related to convening a panel. An explanation and a date for when the stage three response will be received should be provided to the resident.',
  },
  {
    number: '5.19',
    title: 'Ombudsman details if stage 3 extension disputed',
    obligation: 'should',
    requirement:
      "Where agreement over an extension period cannot be reached, landlords should provide the Housing Ombudsman's contact details so the resident can challenge the landlord's plan for responding and/or the proposed timeliness of a landlord's response.",
  },
  {
    number: '5.20',
    title: 'Stage 3 written outcome',
    requirement:
      'Landlords must confirm the following in writing to the resident at the completion of stage three in clear, plain language: the complaint stage; the complaint definition; the decision on the complaint; the reasons for any decisions made; the details of any remedy offered to put things right; details of any outstanding actions; details of how to escalate the matter to the Housing Ombudsman Service if the resident remains dissatisfied.',
  },
  {
    number: '6.1',
    title: 'Failings acknowledged and put right',
    requirement:
      'Effective dispute resolution requires a process designed to resolve complaints. Where something has gone wrong a landlord must acknowledge this and set out the actions it has already taken, or intends to take, to put things right.',
  },
  {
    number: '6.2',
    title: 'Remedy reflects failure and detriment',
    requirement:
      'Any remedy offered must reflect the extent of any service failures and the level of detriment caused to the resident as a result. A landlord must carefully manage the expectations of residents and not promise anything that cannot be delivered or would cause unfairness to other residents.',
  },
  {
    number: '6.3',
    title: 'Look beyond the single complaint',
    obligation: 'should',
    requirement:
      "Landlords should look beyond the circumstances of the individual complaint and consider whether anything needs to be 'put right' in terms of process or systems to the benefit of all residents.",
  },
  {
    number: '6.5',
    title: 'Remedy says what and by when',
    requirement:
      'The remedy offer must clearly set out what will happen and by when, in agreement with the resident where appropriate. Any remedy proposed must be followed through to completion.',
  },
  {
    number: '6.6',
    title: 'Compensation factors considered',
    requirement:
      'In awarding compensation, a landlord must consider whether any statutory payments are due, if any quantifiable losses have been incurred, the time and trouble a resident has been put to as well as any distress and inconvenience caused.',
  },
  {
    number: '6.7',
    title: 'Legal entitlement to redress',
    obligation: 'should',
    requirement:
      'In some cases, a resident may have a legal entitlement to redress. The landlord should still offer a resolution where possible, obtaining legal advice as to how any offer of resolution should be worded.',
  },
  {
    number: '7.2',
    title: 'Learning reported, including annually',
    requirement:
      'Accountability and transparency are integral to a positive complaint handling culture. Landlords must report back on wider learning and improvements from complaints in their annual report and more frequently to their residents, staff and scrutiny panels.',
  },
  {
    number: '7.3',
    title: 'Governing body lead for complaints',
    obligation: 'should',
    requirement:
      "A member of the governing body should be appointed to have lead responsibility for complaints to support a positive complaint handling culture. This role will be responsible for ensuring the governing body receives regular information on complaints that provides insight to the governing body on the landlord's complaint handling performance.",
  },
  {
    number: '7.4',
    title: 'Minimum information for governing bodies',
    obligation: 'should',
    requirement:
      "As a minimum, governing bodies should receive: regular updates on the volume, categories and outcome of complaints, alongside complaint handling performance including compliance with the Ombudsman's orders; regular reviews of issues and trends arising from complaint handling; the annual performance report produced by the Ombudsman, where applicable; individual complaint outcomes where necessary, including where the Ombudsman made findings of severe maladministration or referrals to regulatory bodies. The implementation of management responses should be tracked to ensure they are delivered to agreed timescales; the annual self-assessment against the Complaint Handling Code for scrutiny and challenge.",
  },
  {
    number: '7.5',
    title: 'Themes assessed by senior management',
    obligation: 'should',
    requirement:
      'Any themes or trends should be assessed by senior management to identify potential systemic issues, serious risks or policies and procedures that require revision. They should also be used to inform staff and contractor training.',
  },
  {
    number: '7.6',
    title: 'Standard complaint-handling objective',
    obligation: 'should',
    requirement:
      'Landlords should have a standard objective in relation to complaint handling for all employees that reflects the need to: have a collaborative and co-operative approach towards resolving complaints, working with colleagues across teams and departments; take collective responsibility for any shortfalls identified through complaints rather than blaming others; act within the Professional Standards for engaging with complaints as set by the Chartered Institute of Housing.',
  },
  {
    number: '8.1',
    title: 'Annual self-assessment',
    requirement:
      'Landlords must carry out an annual self-assessment against the Code to ensure their complaint handling remains in line with its requirements.',
  },
  {
    number: '8.2',
    title: 'Self-assessment after major change',
    requirement:
      'Landlords must also carry out a self-assessment following a significant restructure and/or change in procedures.',
  },
  {
    number: '8.3',
    title: 'Self-assessment reported and published',
    requirement:
      'Following each self-assessment, a landlord must: report the outcome of their self-assessment to their governing body. In the case of local authorities, self-assessment outcomes should be reported to elected members; publish the outcome of their assessment on their website if they have one, or otherwise make accessible to residents; include the self-assessment in their annual report section on complaints handling performance.',
  },
];

export const PROVISIONS_2022: readonly Provision[] = buildProvisions('2022', ROWS);
