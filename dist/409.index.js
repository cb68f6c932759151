export const id = 409;
export const ids = [409];
export const modules = {

/***/ 7409:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Deployments: () => (/* binding */ Deployments)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3701);


const isNotFound = (error) => error.name === 'ResourceNotFoundException';
/** On-demand custom model deployments and provisioned throughput: how custom models are invoked. */
class Deployments {
    client;
    constructor(client) {
        this.client = client;
    }
    async get(identifier) {
        try {
            const d = await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .GetCustomModelDeploymentCommand */ .P8z({ customModelDeploymentIdentifier: identifier }));
            return {
                arn: d.customModelDeploymentArn,
                name: d.modelDeploymentName,
                modelArn: d.modelArn,
                status: d.status,
                update: d.updateDetails
                    ? { modelArn: d.updateDetails.modelArn, status: d.updateDetails.updateStatus }
                    : undefined,
                failureMessage: d.failureMessage,
            };
        }
        catch (error) {
            if (isNotFound(error))
                return undefined;
            throw error;
        }
    }
    /** Deployments serving a model (all pages). */
    async forModel(modelArn) {
        const out = [];
        const pages = (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .paginateListCustomModelDeployments */ .K26)({ client: this.client, pageSize: 100 }, { modelArnEquals: modelArn });
        for await (const page of pages)
            for (const d of page.modelDeploymentSummaries ?? [])
                out.push({ arn: d.customModelDeploymentArn, name: d.customModelDeploymentName, status: d.status });
        return out;
    }
    /** Provisioned Throughput serving a model (all pages). */
    async provisionedFor(modelArn) {
        const out = [];
        const pages = (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .paginateListProvisionedModelThroughputs */ .o4V)({ client: this.client, pageSize: 100 }, { modelArnEquals: modelArn });
        for await (const page of pages)
            for (const p of page.provisionedModelSummaries ?? [])
                out.push({ arn: p.provisionedModelArn, name: p.provisionedModelName, status: p.status });
        return out;
    }
    /** Deployments and Provisioned Throughput whose name contains `text`, created before `before` (all pages). */
    async createdBefore(text, before) {
        const out = [];
        const config = { client: this.client, pageSize: 100 };
        for await (const page of (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .paginateListCustomModelDeployments */ .K26)(config, { nameContains: text, createdBefore: before }))
            for (const d of page.modelDeploymentSummaries ?? [])
                out.push({ kind: 'deployment', arn: d.customModelDeploymentArn, name: d.customModelDeploymentName });
        const provisioned = (0,_aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .paginateListProvisionedModelThroughputs */ .o4V)(config, {
            nameContains: text,
            creationTimeBefore: before,
        });
        for await (const page of provisioned)
            for (const p of page.provisionedModelSummaries ?? [])
                out.push({ kind: 'provisioned', arn: p.provisionedModelArn, name: p.provisionedModelName });
        return out;
    }
    async create(name, modelArn, description, tags) {
        return (await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .CreateCustomModelDeploymentCommand */ .xeE({
            modelDeploymentName: name,
            modelArn,
            description,
            tags,
            // Unique per creation (the SDK's retries of this call reuse it): a token reused for a
            // later creation would be answered with the earlier deployment, perhaps deleted since.
            clientRequestToken: (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)(),
        }))).customModelDeploymentArn;
    }
    async delete(identifier) {
        await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .DeleteCustomModelDeploymentCommand */ .SZJ({ customModelDeploymentIdentifier: identifier }));
    }
    /** Provisioned Throughput without commitment (billed by the hour: the caller deletes it). */
    async createProvisioned(name, modelArn, tags) {
        return (await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .CreateProvisionedModelThroughputCommand */ .RQ2({
            provisionedModelName: name,
            modelId: modelArn,
            modelUnits: 1,
            tags,
        }))).provisionedModelArn;
    }
    async provisionedStatus(arn) {
        const r = await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .GetProvisionedModelThroughputCommand */ .d3E({ provisionedModelId: arn }));
        return { status: r.status, failureMessage: r.failureMessage };
    }
    async deleteProvisioned(arn) {
        await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .DeleteProvisionedModelThroughputCommand */ .EFt({ provisionedModelId: arn }));
    }
    async tag(arn, tags) {
        await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .TagResourceCommand */ .eqU({ resourceARN: arn, tags }));
    }
    async tags(arn) {
        return ((await this.client.send(new _aws_sdk_client_bedrock__WEBPACK_IMPORTED_MODULE_1__/* .ListTagsForResourceCommand */ .a_e({ resourceARN: arn }))).tags ?? []).map((t) => ({
            key: t.key,
            value: t.value,
        }));
    }
}


/***/ })

};
