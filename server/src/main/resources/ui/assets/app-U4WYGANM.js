var A,je,Xt,z,ge,ae,qe,re,Ge,$e,be,Zt,J=Symbol.for("pv"),se={},ie=[],Qt=/^m(i|n|o|s|text|space)$/,ve=Array.isArray,le=ie.slice,W=Object.assign;function q(e){e&&e.parentNode&&e.remove()}function Ke(e,t,r){var o,a,n,s={},i=arguments.length;for(n in t)n=="key"?o=t[n]:n=="ref"&&typeof e!="function"?a=t[n]:s[n]=t[n];return i>2&&(s.children=i>3?le.call(arguments,2):r),K(e,s,o,a,null)}function Ve(e,t,r){var o,a,n,s=W({},e.props),i=arguments.length;for(n in t)n=="key"?o=t[n]:n=="ref"&&typeof e.type!="function"?a=t[n]:s[n]=t[n];return i>2&&(s.children=i>3?le.call(arguments,2):r),K(e.type,s,o!==void 0?o:e.key,a!==void 0?a:e.ref,null)}function K(e,t,r,o,a){var n={type:e,props:t,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:J,__v:a||++je,__i:-1,__u:0};return!a&&A.vnode&&A.vnode(n),n}function ce(e){return e.children}function oe(e,t){this.props=e,this.context=t,this.__g=0}function j(e,t){if(t==null)return e.__&&j(e.__,e.__i+1);for(var r;t<e.__k.length;t++)if((r=e.__k[t])&&r.__e)return r.__e;return typeof e.type!="function"||e.props.__P?null:j(e)}function er(e){var t,r=e.__v,o=r.__e,a=[],n=[],s=e.__P;s&&((t=W({constructor:J},r)).__v=r.__v+1,A.vnode&&A.vnode(t),ye(s,t,r,e.__n,s.namespaceURI,32&r.__u?[o]:null,a,o||j(r),32&r.__u,n),t.__v=r.__v,t.__.__k[t.__i]=t,et(a,t,n),r.__=r.__e=null,t.__e!=o&&Je(t))}function Je(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Je(e)}function ze(e){(8&e.__g||(e.__g|=8,z.push(e),ae++))&&ge==A.debounceRendering||((ge=A.debounceRendering)||queueMicrotask)(Ye)}function Ye(){try{for(var e,t=1;z.length;)z.length>t&&z.sort(qe),e=z.shift(),t=z.length,8&e.__g&&er(e)}finally{(ae=z.length)&&(ge||queueMicrotask)(Ye)}}function Xe(e,t,r,o,a,n,s,i,c,p,u){var m,_,l,h,g,f,y=o.__k||ie,v=t.length;for(c=tr(r,t,y,c,v),m=0;m<v;m++)(l=r.__k[m])!=null&&(_=~l.__i&&y[l.__i]||se,l.__i=m,f=ye(e,l,_,a,n,s,i,c,p,u),h=l.__e,(_.ref!=l.ref||8&_.__u)&&(_.ref&&we(_.ref,null,l,_),l.ref&&u.push(l.ref,l.__c||h,l)),g=g||h,4&l.__u?(c=Ze(l,c,e,!_.__v),_.__e&&(_.__e=null)):typeof l.type=="function"&&f!==void 0?c=f:h&&(c=h.nextSibling),l.__u&=-21);return r.__e=g,c}function tr(e,t,r,o,a){var n,s,i,c,p,u,m,_,l,h=r.length,g=h,f=0,y=0,v=e.__k=Array(a);for(n=0;n<a;n++)(s=t[n])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=v[n]=K(null,s):ve(s)?s=v[n]=K(ce,{children:s}):s.constructor===J&&s.__b?s=v[n]=K(s.type,s.props,s.key,s.ref,s.__v):v[n]=s,c=n+f,s.__=e,s.__b=e.__b+1,i=null,~(p=s.__i=rr(s,r,c,g))&&(g--,(i=r[p])&&(i.__u|=2)),i&&i.__v?(s.__u|=16,p==c-1?f--:p==c+1?f++:p!=c&&(p>c?f--:f++,y=1)):(~p||(a>h?f--:a<h&&f++),typeof s.type!="function"&&(s.__u|=4))):v[n]=null;if(y){for(u=[],m=[],n=0;n<a;n++)if((s=v[n])&&16&s.__u){for(f=0,_=u.length;f<_;)u[l=f+_>>1]<s.__i?f=l+1:_=l;u[f]=s.__i,m[n]=f+1}for(f=u.length;n--;)m[n]&&(m[n]==f?f--:v[n].__u|=4)}if(g)for(n=0;n<h;n++)!(i=r[n])||2&i.__u||(i.__e==o&&(o=j(i)),ke(i,i));return o}function Ze(e,t,r,o){var a,n,s,i;if(typeof e.type=="function"){if(e.props.__P)return t;if(a=e.__k)for(n=0;n<a.length;n++)a[n]&&(a[n].__=e,t=Ze(a[n],t,r,!1));return t}for(t&&!t.parentNode&&(t=j(e))&&!t.parentNode&&(t=null),s=e.__e,i=t;i&&i.nodeType==8;)i=i.nextSibling;for(s!=i&&(!o&&r.moveBefore&&s.parentNode?r.moveBefore(s,t):r.insertBefore(s,t||null)),t=s;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function rr(e,t,r,o){var a,n=e.key,s=e.type,i=t[r],c=i&&!(2&i.__u);if(i===null&&n==null||c&&n==i.key&&s==i.type)return r;if(o>(c?1:0)){for(a=r-1;a>=0;a--)if((i=t[a])&&!(2&i.__u)&&n==i.key&&s==i.type)return a;for(a=r+1;a<t.length;a++)if((i=t[a])&&!(2&i.__u)&&n==i.key&&s==i.type)return a}return-1}function We(e,t,r){r==null&&(r=""),t[0]=="-"?e.setProperty(t,r):e[t]=r}function te(e,t,r,o,a){var n,s;if(t=="style")if(typeof r=="string")e.style.cssText=r;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)r&&t in r||We(e.style,t);if(r)for(t in r)o&&r[t]==o[t]||We(e.style,t,r[t])}else if(t[0]=="o"&&t[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[t]=r,r&&o||(s=be[t]||(be[t]=or(t)),(e.__a||(e.__a={}))[t]=$e,n=t!=(t=t.replace(Ge,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),r?e.addEventListener(t,s,n):e.removeEventListener(t,s,n));else{if(a=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&r==1?"":r)}}function or(e){return function(t){var r=this.__e;if(r){if(r=r[e],t[re]==null)t[re]=$e++;else if(t[re]<this.__a[e])return;return r(A.event?A.event(t):t)}}}function ye(e,t,r,o,a,n,s,i,c,p){var u,m,_,l,h,g,f,y,v,T,C,x,b,w,E,U,F,B,O=t.type;if(t.constructor!==J)return null;128&r.__u&&(c=32&r.__u,u=r.__c.__z)&&(t.__u|=c,m=n=[],u.nodeType==8?i=ne(u,n):n.push(u),i=n[0]||i),(u=A.__b)&&u(t);e:if(typeof O=="function"){_=s.length;try{if(y=t.props,v=(u=O.prototype)&&u.render,T=(u=O.contextType)&&o[u.__c],C=u?T?T.props.value:u.__:o,(l=r.__c)?(t.__c=l,2&l.__g&&(l.__g|=1)):(v?t.__c=l=new O(y,C):(t.__c=l=new oe(y,C),l.constructor=O,l.render=ar),T&&T.sub(l),l.state||(l.state={}),l.__n=o,l.__g|=8,l.__h=[],l.__k=[]),v&&(l.__s||(l.__s=l.state),O.getDerivedStateFromProps&&(l.__s==l.state&&(l.__s=W({},l.__s)),W(l.__s,O.getDerivedStateFromProps(y,l.__s)))),h=l.props,g=l.state,l.__v=t,r.__c){if(y!==h&&v&&!O.getDerivedStateFromProps&&l.componentWillReceiveProps&&l.componentWillReceiveProps(y,C),t.__v==r.__v&&!(8&l.__g)||!(4&l.__g)&&l.shouldComponentUpdate&&l.shouldComponentUpdate(y,l.__s,C)===!1){t.__v!=r.__v&&(l.props=y,l.state=l.__s,l.__g&=-9),t.__e=r.__e,t.__k=r.__k,t.__k.some(function(R){R&&(R.__=t)}),ie.push.apply(l.__h,l.__k),l.__k=[],l.__h.length&&s.push(l),i=j(r);break e}l.componentWillUpdate&&l.componentWillUpdate(y,l.__s,C),v&&l.componentDidUpdate&&l.__h.push(function(){l.componentDidUpdate(h,g,f)})}else v&&!O.getDerivedStateFromProps&&l.componentWillMount&&l.componentWillMount(),v&&l.componentDidMount&&l.__h.push(l.componentDidMount);l.context=C,l.props=y,l.__P=e,l.__g&=-5,x=A.__r,b=v?25:0;do l.__g&=-9,x&&x(t),u=l.render(l.props,l.state=l.__s,l.context);while(8&l.__g&&++b<25);v&&(ie.push.apply(l.__h,l.__k),l.__k=[]),l.state=l.__s,l.getChildContext&&(o=W({},o,l.getChildContext())),v&&r.__c&&l.getSnapshotBeforeUpdate&&(f=l.getSnapshotBeforeUpdate(h,g)),w=u&&u.type===ce&&u.key==null?u.props.children:u,y.__P&&(u=i,a=(e=y.__P).namespaceURI,c=n=null,r.props&&r.props.__P!=e&&(r.__k.some(function(R){R&&ke(R,R)}),r.__k=null),i=r.__k?j(r,0):null),i=Xe(e,ve(w)?w:[w],t,r,o,a,n,s,i,c,p),y.__P&&(t.__e=null,i=u),t.__u&=-161,m&&m.some(q),l.__h.length&&s.push(l),1&l.__g&&(l.__g&=-4)}catch(R){if(s.length=_,t.__v=null,c||n)if(R&&R.then){if(t.__u|=128|c,n){for(~(F=n.indexOf(i||void 0))||(F=n.length);(B=n[F-1])&&B.nodeType==8;)F--;for(;F<n.length;F++)if(B=n[F])if(n[F]=null,E){if(B==U)break}else{if(B.nodeType!=8)break;B.data.startsWith("$s")&&(U=ne(E=B))}}if(!E){for(;i&&i.nodeType==8&&i.nextSibling;)i=i.nextSibling;E=i}(u=ne(E=t.__c.__z||(t.__c.__z=E)))?(t.__e=E,i=u):t.__e=i,i=i&&i.nextSibling}else n&&n.some(q);else t.__e=r.__e;t.__k||(t.__k=r.__k||[]),R&&R.then||Qe(t),A.__e(R,t,r)}}else i=t.__e=nr(r.__e,t,r,o,a,n,s,c,p,e);return(u=A.diffed)&&u(t),i}function ne(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var r=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))r++;else if(e.data.startsWith("/$s")&&!--r)return e}t&&t.push(e)}}function Qe(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Qe))}function et(e,t,r){for(var o=0;o<r.length;)we(r[o++],r[o++],r[o++]);A.__c&&A.__c(t,e),e.some(function(a){try{e=a.__h,a.__h=[],e.some(function(n){n.call(a)})}catch(n){A.__e(n,a.__v)}})}function nr(e,t,r,o,a,n,s,i,c,p){var u,m,_,l,h,g,f,y,v=r.props||se,T=t.props,C=t.type;if(C=="svg"?a="http://www.w3.org/2000/svg":C=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),n){for(u=0;u<n.length;u++)if((h=n[u])&&(C?h.localName==C:h.nodeType==3)){e=h,n[u]=null;break}}if(!e){if(y=p.ownerDocument||document,!C)return y.createTextNode(T);e=y.createElementNS(a,C,T.is?T:p),i&&(A.__m&&A.__m(t,n),i=!1),n=null}if(C){if(p=C=="template"&&e.content||e,n=C=="textarea"&&T.defaultValue!=null?null:n&&le.call(p.childNodes),!i&&n)for(v={},u=0;u<e.attributes.length;u++)v[(h=e.attributes[u]).name]=h.value;for(u in v)h=v[u],u=="dangerouslySetInnerHTML"?_=h:u=="children"||u in T||u=="value"&&"defaultValue"in T||u=="checked"&&"defaultChecked"in T||te(e,u,null,h,a);for(u in T)h=T[u],u=="children"?l=h:u=="dangerouslySetInnerHTML"?m=h:u=="value"?g=h:u=="checked"?f=h:i&&typeof h!="function"||v[u]===h||te(e,u,h,v[u],a);m?(i||_&&(m.__html==_.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[]):(_&&(e.textContent=""),(C=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Qt.test(C))&&(a="http://www.w3.org/1999/xhtml"),Xe(p,ve(l)?l:[l],t,r,o,a,n,s,n?n[0]:r.__k&&j(r,0),i,c),n&&n.some(q)),i&&C!="textarea"||(u="value",C=="progress"&&g==null?e.removeAttribute(u):g==null||g===e[u]&&(C!="progress"||g)||te(e,u,g,v[u],a),u="checked",f!=null&&f!=e[u]&&te(e,u,f,v[u],a))}else v===T||i&&e.data==T||(e.data=T);return e}function we(e,t,r,o){try{typeof e=="function"?t?t.__x=e(t)||1:o&&(o=o.__c||o.__e)&&(t=o.__x)&&(o.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(a){A.__e(a,r)}}function ke(e,t,r){var o,a,n,s;if(A.unmount&&A.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||we(o,null,t,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(i){A.__e(i,t)}o.__P=o.__n=null}if(o=e.__k)for(s=0;s<o.length;s++)o[s]&&ke(o[s],t,typeof e.type!="function"||r&&!e.props.__P);!r&&(o=e.__c)&&(o=o.__z)&&(a=ne(o,n=[]))&&(o==e.__e&&n.some(q),q(a),q(o)),r||q(e.__e),e.__e=e.__c=e.__=null}function ar(e,t,r){return this.constructor(e,r)}function tt(e,t){var r,o,a,n;A.__&&A.__(e,t),t.nodeType==9&&(t=t.documentElement),o=(r=e&&32&e.__u)?null:t.__k,t.__k=K(ce,{children:[e]}),a=[],n=[],ye(t,t.__k,o||se,se,t.namespaceURI,o?null:t.firstChild?le.call(t.childNodes):null,a,o?o.__e:t.firstChild,r,n),et(a,t.__k,n),t.__k.props.children=null}A={__e:function(e,t,r,o){for(var a,n,s;t=t.__;)if((a=t.__c)&&!(1&a.__g)){a.__g|=4;try{if((s=(n=a.constructor)&&n.getDerivedStateFromError)&&a.setState(n.getDerivedStateFromError(e)),a.componentDidCatch&&(a.componentDidCatch(e,o||{}),s=1),s&&8&a.__g)return void(a.__g|=2)}catch(i){e=i}}throw ae=0,e}},je=0,Xt=function(e){return e!=null&&e.constructor===J},oe.prototype.setState=function(e,t){var r=this.__s;r&&r!=this.state||(r=this.__s=W({},this.state)),typeof e=="function"&&(e=e(W({},r),this.props)),e&&(W(r,e),this.__v&&(t&&this.__k.push(t),ze(this)))},oe.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),ze(this))},oe.prototype.render=ce,z=[],ae=0,qe=function(e,t){return e.__v.__b-t.__v.__b},re=Symbol(),Ge=/(PointerCapture)$|Capture$/i,$e=0,be={},Zt=0;var ot=function(e,t,r,o){var a;t[0]=0;for(var n=1;n<t.length;n++){var s=t[n++],i=t[n]?(t[0]|=s?1:2,r[t[n++]]):t[++n];s===3?o[0]=i:s===4?o[1]=Object.assign(o[1]||{},i):s===5?(o[1]=o[1]||{})[t[++n]]=i:s===6?o[1][t[++n]]+=i+"":s?(a=e.apply(i,ot(e,i,r,["",null])),o.push(a),i[0]?t[0]|=2:(t[n-2]=0,t[n]=a)):o.push(i)}return o},rt=new Map;function nt(e){var t=rt.get(this);return t||(t=new Map,rt.set(this,t)),(t=ot(this,t.get(e)||(t.set(e,t=(function(r){for(var o,a,n=1,s="",i="",c=[0],p=function(_){n===1&&(_||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?c.push(0,_,s):n===3&&(_||s)?(c.push(3,_,s),n=2):n===2&&s==="..."&&_?c.push(4,_,0):n===2&&s&&!_?c.push(5,0,!0,s):n>=5&&((s||!_&&n===5)&&(c.push(n,0,s,a),n=6),_&&(c.push(n,_,0,a),n=6)),s=""},u=0;u<r.length;u++){u&&(n===1&&p(),p(u));for(var m=0;m<r[u].length;m++)o=r[u][m],n===1?o==="<"?(p(),c=[c],n=3):s+=o:n===4?s==="--"&&o===">"?(n=1,s=""):s=o+s[0]:i?o===i?i="":s+=o:o==='"'||o==="'"?i=o:o===">"?(p(),n=1):n&&(o==="="?(n=5,a=s,s=""):o==="/"&&(n<5||r[u][m+1]===">")?(p(),n===3&&(c=c[0]),n=c,(c=c[0]).push(2,0,n),n=0):o===" "||o==="	"||o===`
`||o==="\r"?(p(),n=2):s+=o),n===3&&s==="!--"&&(n=4,c=c[0])}return p(),c})(e)),t),arguments,[])).length>1?t:t[0]}var d=nt.bind(Ke);var V,M,xe,at,Te=Object.is,X=0,ft=[],Se=[],N=A,st=N.__b,it=N.__r,lt=N.diffed,ct=N.__c,ut=N.unmount,dt=N.__;function ue(e,t){N.__h&&N.__h(M,e,X||t),X=0;var r=M.__H||(M.__H={__:[],__h:[]});return e>=r.__.length&&r.__.push({}),r.__[e]}function $(e){return X=1,sr(bt,e)}function sr(e,t,r){var o=ue(V++,2);if(o.t=e,!o.__c&&(o.__=[r?r(t):bt(void 0,t),function(n){var s=(o.__N||o.__)[0],i=o.t(s,n);Te(s,i)||(o.__N=[i,o.__[1]],o.__c.setState({}))}],o.__c=M,!M.__f)){M.__f=!0;var a=M.shouldComponentUpdate;M.shouldComponentUpdate=function(n,s,i){var c=this.__H;if(!c)return!0;var p=!1,u=this.props!=n;if(c.__.some(function(_){_.__N&&(p=!0,Te(_.__[0],_.__N[0])||(u=!0))}),a){var m=a.call(this,n,s,i);return p?m||u:m}return!p||u}}return o.__}function D(e,t){var r=ue(V++,3);!N.__s&&gt(r.__H,t)&&(r.__P=!0,r.__=e,r.u=t,M.__H.__h.push(r))}function L(e){return X=5,_t(function(){return{current:e}},[])}function _t(e,t){var r=ue(V++,7);return gt(r.__H,t)&&(r.__=e(),r.__H=t),r.__}function ht(e,t){return X=8,_t(function(){return e},t)}function Ee(){var e=ue(V++,11);if(!e.__){for(var t=M.__v;!t.__m&&t.__;)t=t.__;var r=t.__m||(t.__m=[0,0]);e.__="P"+r[0]+"-"+r[1]++}return e.__}function ir(){var e;do{for(;e=Se.shift();)try{Y(e)}catch(r){N.__e(r,{__:(e=e.__P)&&e.__v})}for(;e=ft.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(Y),t.__h.some(Ce),t.__h=[]}catch(r){t.__h=[],N.__e(r,e.__v)}}}while(Se.length)}N.__b=function(e){M=null,st&&st(e)},N.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),dt&&dt(e,t)},N.__r=function(e){it&&it(e),V=0;var t=(M=e.__c).__H;t&&(xe==M?M.__h=[]:(t.__h.some(Y),t.__h.some(Ce),V=0),t.__h=[],t.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),xe=M},N.diffed=function(e){lt&&lt(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&mt(ft.push(t)),t.__H.__.some(function(r){r.u&&(r.__H=r.u)})),xe=M=null},N.__c=function(e,t){t.some(function(r){try{r.__h.some(Y),r.__h=r.__h.filter(function(o){return!o.__||Ce(o)})}catch(o){r.__h=[function(){throw o}]}}),ct&&ct(e,t)},N.unmount=function(e){ut&&ut(e);var t,r,o=e.__c;o&&o.__H&&(o.__H.__.some(function(a){try{if(a.__P&&a.__c){if(r===void 0){for(r=e.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}a.__P=r,mt(Se.push(a))}else Y(a)}catch(n){t=n}}),o.__H=void 0,t&&N.__e(t,o.__v))};var pt=typeof requestAnimationFrame=="function";function lr(e){var t,r=function(){clearTimeout(o),pt&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(r,35);pt&&(t=requestAnimationFrame(r))}function mt(e){e!=1&&at==N.requestAnimationFrame||((at=N.requestAnimationFrame)||lr)(ir)}function Y(e){var t=M,r=e.__c;typeof r=="function"&&(e.__c=void 0,r()),M=t}function Ce(e){var t=M;e.__c=e.__(),M=t}function gt(e,t){return!e||e.length!=t.length||t.some(function(r,o){return!Te(r,e[o])})}function bt(e,t){return typeof t=="function"?t(e):t}var Z=class extends Error{constructor(t,r,o){super(r),this.name="ApiError",this.status=t,this.code=o||""}},Ae="",$t=()=>{};function Pe(e){Ae=e||""}function vt(e){$t=e}function cr(e,t,r){let o={accept:r};return t!==void 0&&(o["content-type"]="application/json"),e!=="GET"&&e!=="HEAD"&&Ae&&(o["x-csrf-token"]=Ae),o}async function yt(e,t,r,o,a){try{return await fetch(t,{method:e,headers:cr(e,r,o),body:r===void 0?void 0:JSON.stringify(r),credentials:"same-origin",cache:"no-store",signal:a})}catch(n){throw n.name==="AbortError"?n:new Z(0,"The gateway could not be reached: "+n.message)}}function wt(e,t){if(e&&typeof e=="object"){if(e.error&&typeof e.error=="object"&&e.error.message)return e.error;if(e.message)return{message:e.message,code:e.code}}return{message:t}}async function kt(e,t){let r=await e.text().catch(()=>""),o=null;try{o=r?JSON.parse(r):null}catch{o=null}let a=r&&!o&&r.length<300?r:`${e.status} ${e.statusText||"error"}`,{message:n,code:s}=wt(o,a);return e.status===401&&!t.startsWith("/ui/api/session")&&$t(),new Z(e.status,n,typeof s=="string"?s:"")}async function S(e,t,r){let o=await yt(e,t,r,"application/json");if(!o.ok)throw await kt(o,t);let a=await o.text();return a?JSON.parse(a):null}async function xt(e,t,r,o,a){let n=await yt("POST",e,t,"text/event-stream",o);if(!n.ok)throw await kt(n,e);a&&a(n);let s=n.body.pipeThrough(new TextDecoderStream).getReader(),i="",c=[],p="message",u=()=>{if(!c.length)return p="message",!1;let m=c.join(`
`),_=p;if(c=[],p="message",m==="[DONE]")return!0;let l;try{l=JSON.parse(m)}catch{l=m}if(l&&typeof l=="object"&&l.error){let h=wt(l,"The stream failed");throw new Z(n.status,h.message,h.code||l.error.type)}return r(l,_),!1};for(;;){let{value:m,done:_}=await s.read();if(_)break;i+=m;let l=i.split(/\r\n|\r|\n/);i=l.pop();for(let h of l)if(h===""){if(u())return s.cancel().catch(()=>{}),n}else h.startsWith("data:")?c.push(h.slice(h.startsWith("data: ")?6:5)):h.startsWith("event:")&&(p=h.slice(6).trim())}return i.startsWith("data:")&&c.push(i.slice(i.startsWith("data: ")?6:5)),u(),n}function I({label:e="Loading…"}){return d`<p role="status" class="loading">${e}</p>`}function P({error:e}){if(!e)return null;let t=typeof e=="string"?e:e.message||String(e);return d`<div role="alert" class="alert">${t}</div>`}function G({title:e,onClose:t,children:r,wide:o}){let a=L(null),n=L(!1),s=Ee();return D(()=>{let p=a.current,u=document.activeElement;p.showModal();let m=p.querySelector("input:not([type=hidden]), select, textarea, [data-autofocus]");return m&&m.focus(),()=>{n.current=!0,p.open&&p.close(),u&&u.isConnected&&u.focus()}},[]),d`<dialog ref=${a} class=${o?"dialog wide":"dialog"} aria-labelledby=${s}
      onCancel=${p=>{p.preventDefault(),t()}} onClose=${()=>{n.current||t()}}>
    <div class="dialog-head">
      <h2 id=${s}>${e}</h2>
      <button type="button" class="icon" aria-label="Close" onClick=${t}>×</button>
    </div>
    ${r}
  </dialog>`}function de({title:e,message:t,confirmLabel:r,onConfirm:o,onClose:a}){let[n,s]=$(!1),[i,c]=$(null);return d`<${G} title=${e} onClose=${a}>
    <p>${t}</p>
    <${P} error=${i} />
    <div class="actions">
      <button type="button" onClick=${a} data-autofocus>Cancel</button>
      <button type="button" class="danger" disabled=${n} onClick=${async()=>{s(!0),c(null);try{await o(),a()}catch(u){c(u),s(!1)}}}>${r}</button>
    </div>
  <//>`}function k({label:e,hint:t,children:r,className:o}){let a=Ee(),n=t?a+"-hint":void 0,s=Ve(r,{id:a,"aria-describedby":n});return d`<div class=${"field "+(o||"")}>
    <label for=${a}>${e}</label>
    ${s}
    ${t&&d`<small id=${n} class="hint">${t}</small>`}
  </div>`}function St({label:e,checked:t,onChange:r,disabled:o}){return d`<label class="switch">
    <input type="checkbox" role="switch" checked=${t} disabled=${o}
      onChange=${a=>r(a.currentTarget.checked)} />
    <span class="track" aria-hidden="true"></span>
    <span>${e}</span>
  </label>`}function Ct({value:e}){if(!e)return d`<span class="muted">none</span>`;let t=e.startsWith("****")?e:"****"+e.slice(-4);return d`<code class="masked">${t}</code>`}var Tt={CONNECTED:["Connected","ok"],CONNECTING:["Connecting","busy"],DISCONNECTED:["Disconnected","off"],DISABLED:["Disabled","off"],ERROR:["Error","bad"]};function Et({state:e}){let[t,r]=Tt[e]||Tt.CONNECTING;return d`<span class=${"badge "+r}><span class="dot" aria-hidden="true"></span>${t}</span>`}var ur=[["year",365*24*3600],["month",720*3600],["day",24*3600],["hour",3600],["minute",60],["second",1]],dr=new Intl.RelativeTimeFormat("en",{numeric:"auto"});function pr(e,t=Date.now()){let r=Date.parse(e);if(!e||Number.isNaN(r))return"";let o=Math.round((r-t)/1e3);for(let[a,n]of ur)if(Math.abs(o)>=n||a==="second")return dr.format(Math.round(o/n),a);return""}function Q({time:e,never:t="never"}){return e?d`<time datetime=${e} title=${new Date(e).toLocaleString()}>${pr(e)}</time>`:d`<span class="muted">${t}</span>`}function H(e){return e?parseFloat(String(e).replace(/s$/,"")):NaN}function pe(e){let t=H(e);return Number.isNaN(t)?"":`${Math.round(t*1e3)} ms`}var Ne="/ui/api/session";function At(e){return Pe(e.csrf_token),{me:e.me||{},expiresAt:e.expires_at||""}}async function Pt(){try{return At(await S("GET",Ne))}catch(e){if(e.status===401)return null;throw e}}async function Nt(e){return At(await S("POST",Ne,{credential:e}))}async function Mt(){try{await S("DELETE",Ne)}finally{Pe("")}}var mr={providers:()=>!0,aliases:()=>!0,keys:()=>!0,usage:()=>!0,audit:e=>e==="admin",playground:e=>e!=="viewer"};function Me(e,t){let r=mr[t];return!!r&&r(e)}function ee(e){return e==="admin"||e==="operator"||e==="member"}function Dt({onSignedIn:e,notice:t}){let[r,o]=$(""),[a,n]=$(!1),[s,i]=$(null);return d`<main class="login" id="main">
    <form class="card login-card" onSubmit=${async p=>{p.preventDefault(),n(!0),i(null);try{let u=await Nt(r.trim());o(""),e(u)}catch(u){i(u),n(!1)}}}>
      <h1>Sign in to Switchboard</h1>
      ${t&&d`<p class="notice" role="status">${t}</p>`}
      <${k} label="API key or token" hint="An API key (sk-sb-…) or an OAuth2 access token. It is exchanged for a session cookie and not stored by the browser.">
        <input type="password" autocomplete="off" spellcheck="false" required value=${r}
          onInput=${p=>o(p.currentTarget.value)} />
      <//>
      <${P} error=${s} />
      <button type="submit" class="primary" disabled=${a||!r.trim()}>Sign in</button>
    </form>
  </main>`}function It(){let e=/^#\/([a-z-]+)/.exec(window.location.hash);return e?e[1]:""}function Rt(){let[e,t]=$(It());return D(()=>{let r=()=>t(It());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),e}function me(e,t){let[r,o]=$(void 0),[a,n]=$(null),s=L(e);s.current=e;let i=L(!1),c=L(!1),p=ht(async()=>{if(i.current){c.current=!0;return}i.current=!0;try{o(await s.current()),n(null)}catch(u){n(u)}finally{i.current=!1,c.current&&(c.current=!1,p())}},[]);return D(()=>{let u=null,m=()=>{u===null&&!document.hidden&&(u=setInterval(p,t))},_=()=>{clearInterval(u),u=null},l=()=>{document.hidden?_():(p(),m())};return p(),m(),document.addEventListener("visibilitychange",l),()=>{_(),document.removeEventListener("visibilitychange",l)}},[t]),{data:r,error:a,refresh:p}}var fe=e=>`/admin/v1/providers/${encodeURIComponent(e)}`;function Ot({provider:e,canChange:t,onEdit:r,onDelete:o,onChanged:a}){let[n,s]=$(""),[i,c]=$(null),[p,u]=$(!1),m=e.enabled!==!1,_=async g=>{u(!0),c(null);try{await S("PATCH",`${fe(e.name)}?update_mask=enabled`,{enabled:g}),a()}catch(f){c(f)}finally{u(!1)}},l=g=>s(n===g?"":g),h=e.usage_24h;return d`<article class="card provider" aria-label=${`Provider ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      <${Et} state=${e.state} />
    </div>
    ${e.state==="ERROR"&&d`<p class="error-detail">
      ${e.last_error||"The last check failed."} ${" "}
      ${e.last_error_time&&d`<span class="muted">(<${Q} time=${e.last_error_time} />)</span>`}
    </p>`}
    <dl>
      <dt>Preset</dt><dd>${e.preset||"custom"}</dd>
      <dt>Format</dt><dd>${e.api_format||"openai"}</dd>
      <dt>Base URL</dt><dd><code>${e.base_url}</code></dd>
      <dt>API key</dt><dd><${Ct} value=${e.api_key_masked} /></dd>
      ${e.owner&&d`<dt>Owner</dt><dd>${e.owner}</dd>`}
      <dt>State since</dt><dd><${Q} time=${e.state_time} never="—" /></dd>
      ${h&&d`<dt>Last 24 h</dt><dd>${fr(h)}</dd>`}
    </dl>
    ${t&&d`<div class="buttons">
      <button type="button" aria-expanded=${n==="test"} onClick=${()=>l("test")}>Test connection</button>
      <button type="button" aria-expanded=${n==="prompt"} onClick=${()=>l("prompt")}>Test prompt</button>
      <button type="button" aria-expanded=${n==="models"} onClick=${()=>l("models")}>Models</button>
      <button type="button" onClick=${r}>Edit</button>
      <button type="button" onClick=${o}>Delete</button>
      <${St} label="Enabled" checked=${m} disabled=${p} onChange=${_} />
    </div>`}
    <${P} error=${i} />
    ${n==="test"&&d`<${_r} name=${e.name} onDone=${a} />`}
    ${n==="prompt"&&d`<${hr} name=${e.name} onDone=${a} />`}
    ${n==="models"&&d`<${gr} name=${e.name} />`}
  </article>`}function fr(e){let t=e.totals||{},r=n=>Number(n||0),o=[`${r(t.requests)} requests`];r(t.errors)&&o.push(`${r(t.errors)} errors`);let a=r(t.prompt_tokens)+r(t.completion_tokens);return a&&o.push(`${a.toLocaleString("en")} tokens`),r(t.cost_nanos)&&o.push(`$${t.cost_usd}`),r(t.requests)&&o.push(`p50 ${r(t.latency_p50_ms)} ms`),o.join(" · ")}function _r({name:e,onDone:t}){let[r,o]=$(null),[a,n]=$(null);return D(()=>{S("POST",`${fe(e)}:test`,{}).then(s=>{o(s),t()},n)},[]),a?d`<${P} error=${a} />`:r?r.ok?d`<div class="result" role="status">
    <strong class="success">Reachable</strong> in ${pe(r.latency)} · ${r.model_count||0} models
  </div>`:d`<div class="result" role="alert"><strong>Failed</strong>${r.latency?` after ${pe(r.latency)}`:""}: ${r.error}</div>`:d`<div class="result"><${I} label="Testing…" /></div>`}function hr({name:e,onDone:t}){let[r,o]=$("Say hi"),[a,n]=$(!1),[s,i]=$(null),[c,p]=$(null);return d`<form class="result" onSubmit=${async m=>{m.preventDefault(),n(!0),p(null),i(null);try{i(await S("POST",`${fe(e)}:test`,{prompt:r})),t()}catch(_){p(_)}finally{n(!1)}}}>
    <div class="row">
      <${k} label="Prompt" hint="At most 30 characters.">
        <input value=${r} maxlength="30" required onInput=${m=>o(m.currentTarget.value)} />
      <//>
      <button type="submit" class="primary" disabled=${a||!r.trim()}>Send</button>
    </div>
    ${a&&d`<${I} label="Waiting for the reply…" />`}
    <${P} error=${c} />
    ${s&&(s.ok?d`<div role="status"><p><strong class="success">${pe(s.prompt_latency||s.latency)}</strong>
          ${s.model&&d` · <code>${s.model}</code>`}</p>
          <blockquote class="reply">${s.reply}</blockquote></div>`:d`<div role="alert" class="alert">${s.error}</div>`)}
  </form>`}function gr({name:e}){let[t,r]=$(null),[o,a]=$(null);return D(()=>{S("GET",`${fe(e)}/models`).then(n=>r(n.models||[]),a)},[]),o?d`<${P} error=${o} />`:t?d`<div class="result">
    <h3>${t.length} ${t.length===1?"model":"models"}</h3>
    <ul class="models">${t.map(n=>d`<li key=${n.id}><code>${n.id}</code></li>`)}</ul>
  </div>`:d`<div class="result"><${I} /></div>`}function Lt({rows:e,onChange:t}){let r=(n,s)=>t(e.map((i,c)=>c===n?{...i,...s}:i)),o=n=>t(e.filter((s,i)=>i!==n)),a=()=>t([...e,{name:"",value:"",secret:!1}]);return d`<fieldset class="headers">
    <legend>Custom headers</legend>
    ${e.length===0&&d`<p class="muted small">None. Added to every request sent upstream.</p>`}
    ${e.map((n,s)=>d`<div class="row header-row" key=${s}>
      <${k} label="Header name">
        <input value=${n.name} autocomplete="off" spellcheck="false"
          onInput=${i=>r(s,{name:i.currentTarget.value})} />
      <//>
      <${k} label="Header value" hint=${n.masked&&!n.value?`Saved as ${n.masked}; type to replace`:void 0}>
        <input type=${n.secret?"password":"text"} value=${n.value} autocomplete="off" spellcheck="false"
          placeholder=${n.masked||""}
          onInput=${i=>r(s,{value:i.currentTarget.value,touched:!0})} />
      <//>
      <label class="check">
        <input type="checkbox" checked=${n.secret}
          onChange=${i=>r(s,{secret:i.currentTarget.checked,touched:!0})} />
        Secret
      </label>
      <button type="button" onClick=${()=>o(s)} aria-label=${`Remove header ${n.name||s+1}`}>Remove</button>
    </div>`)}
    <button type="button" onClick=${a}>Add header</button>
  </fieldset>`}function Ut(e){let t=Object.entries(e.headers||{}).map(([o,a])=>({name:o,value:a,secret:!1})),r=Object.entries(e.secret_headers_masked||{}).map(([o,a])=>({name:o,value:"",masked:a,secret:!0,saved:!0}));return[...t,...r]}function Ft(e,t){let r={},o={},a=e.filter(i=>i.name.trim());for(let i of a)(i.secret?o:r)[i.name.trim()]=i.value;let n=a.filter(i=>i.secret),s=n.length===t.length&&n.every(i=>i.saved&&!i.touched&&t.includes(i.name.trim()));if(!s&&n.some(i=>!i.value))throw new Error("Type the value of every secret header again to change secret headers.");return{headers:r,secretHeaders:o,secretsChanged:!s}}var br=[["openai","OpenAI chat completions"],["anthropic","Anthropic messages"],["gemini","Google Gemini"],["openai_responses","OpenAI Responses"]],$r={anthropic:"x-api-key",gemini:"x-goog-api-key"},vr={bearer:"Authorization: Bearer <key>","x-api-key":"x-api-key: <key>","x-goog-api-key":"x-goog-api-key: <key>",none:"No key is sent"};function yr({protocol:e,host:t,port:r,basePath:o}){if(!t)return"";let a=e==="https"&&+r==443||e==="http"&&+r==80,n=o&&!o.startsWith("/")?"/"+o:o||"";return`${e}://${t}${r&&!a?":"+r:""}${n}`}function Ht(e){try{let t=new URL(e),r=t.protocol.replace(":","");if(r!=="http"&&r!=="https")return null;let o=t.port||(r==="https"?"443":"80");return{protocol:r,host:t.hostname,port:o,basePath:t.pathname==="/"?"":t.pathname.replace(/\/$/,"")}}catch{return null}}function _e(e){return{protocol:e.protocol||"https",host:e.host||"",port:e.port?String(e.port):"",basePath:e.base_path||"",baseUrl:e.base_url||"",format:e.api_format||"openai"}}function wr(e){return e?{...Ht(e.base_url||"")||_e({}),name:e.name,preset:e.preset||"custom",baseUrl:e.base_url||"",format:e.api_format||"openai",apiKey:"",timeout:String(H(e.timeout)||120),rows:Ut(e)}:{name:"",preset:"",apiKey:"",timeout:"120",rows:[],..._e({})}}function De({provider:e,onSaved:t,onClose:r}){let o=!!e,[a,n]=$(null),[s,i]=$(null),[c,p]=$(()=>wr(e)),[u,m]=$(!1),[_,l]=$(null);D(()=>{S("GET","/admin/v1/presets").then(b=>{let w=b.presets||[];if(n(w),!o&&w.length){let E=w.find(U=>U.name==="custom")||w[0];p(U=>({...U,preset:E.name,..._e(E)}))}},i)},[]);let h=(a||[]).find(b=>b.name===c.preset)||{},g=b=>p(w=>({...w,...b})),f=b=>p(w=>{let E={...w,...b};return{...E,baseUrl:yr(E)}}),y=b=>p(w=>({...w,baseUrl:b,...Ht(b)||{}})),v=b=>{let w=a.find(E=>E.name===b);p(E=>({...E,preset:b,..._e(w)}))},T=h.name&&h.name!=="custom"?h.auth_type:$r[c.format]||"bearer",C=async b=>{b.preventDefault(),l(null),m(!0);try{let w=await kr(e,c,h);t(w)}catch(w){l(w),m(!1)}},x=o?`Edit provider ${e.name}`:"Add provider";return s?d`<${G} title=${x} onClose=${r}><${P} error=${s} /><//>`:a?d`<${G} title=${x} onClose=${r} wide>
    <form onSubmit=${C} novalidate>
      <div class="row">
        <${k} label="Preset" hint=${o?"Fixed once the provider exists.":h.local?"Usually runs on this machine.":void 0}>
          <select value=${c.preset} disabled=${o} onChange=${b=>v(b.currentTarget.value)}>
            ${a.map(b=>d`<option value=${b.name}>${b.display_name||b.name}</option>`)}
          </select>
        <//>
        <${k} label="Name" hint="Model ids are <name>/<model>. Letters, digits, '.', '_' and '-'.">
          <input value=${c.name} required maxlength="64" pattern="[A-Za-z0-9][A-Za-z0-9._\\-]*" autocomplete="off"
            spellcheck="false" onInput=${b=>g({name:b.currentTarget.value})} />
        <//>
      </div>
      <fieldset>
        <legend>Connection</legend>
        <div class="row">
          <${k} label="Protocol">
            <select value=${c.protocol} onChange=${b=>f({protocol:b.currentTarget.value})}>
              <option value="https">https</option>
              <option value="http">http</option>
            </select>
          <//>
          <${k} label="Host">
            <input value=${c.host} autocomplete="off" spellcheck="false" onInput=${b=>f({host:b.currentTarget.value})} />
          <//>
          <${k} label="Port">
            <input type="number" min="1" max="65535" value=${c.port} onInput=${b=>f({port:b.currentTarget.value})} />
          <//>
          <${k} label="Base path">
            <input value=${c.basePath} autocomplete="off" spellcheck="false" placeholder="/v1"
              onInput=${b=>f({basePath:b.currentTarget.value})} />
          <//>
        </div>
        <${k} label="Base URL" hint="Composed from the fields above, or paste a whole URL.">
          <input type="url" value=${c.baseUrl} required=${c.preset==="custom"} autocomplete="off" spellcheck="false"
            placeholder="https://api.example.com/v1" onInput=${b=>y(b.currentTarget.value)} />
        <//>
      </fieldset>
      <div class="row">
        <${k} label="Format">
          <select value=${c.format} onChange=${b=>g({format:b.currentTarget.value})}>
            ${br.map(([b,w])=>d`<option value=${b}>${w}</option>`)}
          </select>
        <//>
        <${k} label="Auth type" hint="Set by the preset (for custom: by the format).">
          <input readonly value=${vr[T]||T} />
        <//>
        <${k} label="Timeout" hint="Seconds; for streams, the longest gap between events.">
          <input type="number" min="1" max="3600" value=${c.timeout} onInput=${b=>g({timeout:b.currentTarget.value})} />
        <//>
      </div>
      <${k} label="API key" hint=${o?`Saved key ${e.api_key_masked||"(none)"}; leave empty to keep it.`:T==="none"?"Not needed by this preset.":"Write-only: sealed at rest, never shown again."}>
        <input type="password" value=${c.apiKey} autocomplete="new-password" spellcheck="false"
          onInput=${b=>g({apiKey:b.currentTarget.value})} />
      <//>
      <${Lt} rows=${c.rows} onChange=${b=>g({rows:b})} />
      <${P} error=${_} />
      <div class="actions">
        <button type="button" onClick=${r}>Cancel</button>
        <button type="submit" class="primary" disabled=${u}>Save</button>
      </div>
    </form>
  <//>`:d`<${G} title=${x} onClose=${r}><${I} /><//>`}async function kr(e,t,r){let o=t.name.trim();if(!o)throw new Error("Name: required.");let a=Number(t.timeout);if(!(a>0))throw new Error("Timeout: a number of seconds above 0.");let n=e?Object.keys(e.secret_headers_masked||{}):[],{headers:s,secretHeaders:i,secretsChanged:c}=Ft(t.rows,n),p=t.baseUrl.trim();if(!e){let f={name:o,preset:t.preset,api_format:t.format,timeout:`${a}s`,headers:s};return p&&p!==r.base_url&&(f.base_url=p),t.apiKey&&(f.api_key=t.apiKey),Object.keys(i).length&&(f.secret_headers=i),S("POST","/admin/v1/providers",f)}let u={},m=[],_=(f,y,v)=>{JSON.stringify(y)!==JSON.stringify(v)&&(u[f]=y,m.push(f))};_("name",o,e.name),_("base_url",p,e.base_url||""),_("api_format",t.format,e.api_format||"openai"),_("timeout",`${a}s`,e.timeout?`${H(e.timeout)}s`:"120s"),_("headers",s,e.headers||{}),c&&(u.secret_headers=i,m.push("secret_headers"));let l=t.apiKey&&!m.includes("base_url");t.apiKey&&!l&&(u.api_key=t.apiKey,m.push("api_key"));let h=e,g=`/admin/v1/providers/${encodeURIComponent(e.name)}`;return m.length&&(h=await S("PATCH",`${g}?update_mask=${m.join(",")}`,u)),l&&(h=await S("POST",`/admin/v1/providers/${encodeURIComponent(h.name)}:rotateKey`,{api_key:t.apiKey})),h}var xr=3e3;function Tr(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function Ie({me:e}){let{data:t,error:r,refresh:o}=me(()=>S("GET","/admin/v1/providers").then(c=>c.providers||[]),xr),[a,n]=$(null),s=()=>n(null),i=()=>{s(),o()};return d`<section>
    <div class="toolbar">
      <h1>Providers</h1>
      ${ee(e.role)&&d`<button type="button" class="primary" onClick=${()=>n({add:!0})}>Add provider</button>`}
    </div>
    <${P} error=${r} />
    ${t===void 0&&!r&&d`<${I} />`}
    ${t&&t.length===0&&d`<p class="empty">No providers yet.${ee(e.role)?" Add one from a preset.":""}</p>`}
    ${t&&t.length>0&&d`<div class="cards">
      ${t.map(c=>d`<${Ot} key=${c.id||c.name} provider=${c} canChange=${Tr(e,c)}
        onEdit=${()=>n({edit:c})} onDelete=${()=>n({remove:c})} onChanged=${o} />`)}
    </div>`}
    ${a&&a.add&&d`<${De} onSaved=${i} onClose=${s} />`}
    ${a&&a.edit&&d`<${De} provider=${a.edit} onSaved=${i} onClose=${s} />`}
    ${a&&a.remove&&d`<${de} title=${`Delete provider ${a.remove.name}`}
      message=${`Requests for ${a.remove.name}/… models and aliases that target it will fail. Its key is destroyed.`}
      confirmLabel="Delete" onClose=${s}
      onConfirm=${async()=>{await S("DELETE",`/admin/v1/providers/${encodeURIComponent(a.remove.name)}`),o()}} />`}
  </section>`}var he=[["PRIORITY","Priority (in order, next on failure)"],["WEIGHTED","Weighted random"],["LEAST_BUSY","Least busy"],["LOWEST_LATENCY","Lowest latency"],["LOWEST_COST","Lowest cost"]],Re=(e,t)=>{let r=H(e);return Number.isNaN(r)?"":String(Math.round(r*t*1e3)/1e3)};function Bt(e){let t=e||{},r=t.retry||{};return{name:t.name||"",targets:(t.targets||[{model:"",weight:1}]).map(({status:o,...a})=>({...a,weight:String(a.weight||1)})),strategy:t.strategy&&t.strategy!=="STRATEGY_UNSPECIFIED"?t.strategy:"PRIORITY",maxAttempts:r.max_attempts?String(r.max_attempts):"",initialBackoff:Re(r.initial_backoff,1e3),maxBackoff:Re(r.max_backoff,1e3),deadline:Re(r.deadline,1),fallback:!!t.fallback_on_context_length,description:t.description||""}}function Sr(e){let t={},r=(o,a)=>{let n=Number(o);if(!(n>0))throw new Error(`${a}: a number above 0.`);return n};return e.maxAttempts!==""&&(t.max_attempts=Math.round(r(e.maxAttempts,"Max attempts"))),e.initialBackoff!==""&&(t.initial_backoff=`${r(e.initialBackoff,"Initial backoff")/1e3}s`),e.maxBackoff!==""&&(t.max_backoff=`${r(e.maxBackoff,"Max backoff")/1e3}s`),e.deadline!==""&&(t.deadline=`${r(e.deadline,"Deadline")}s`),t}function zt(e){let t=e.name.trim();if(!t)throw new Error("Alias name: required.");let r=e.targets.filter(o=>o.model.trim()).map(o=>{let a=Number(o.weight||1);if(!(a>=1)||!Number.isInteger(a))throw new Error(`Weight of ${o.model}: a whole number from 1.`);return{...o,model:o.model.trim(),weight:a}});if(!r.length)throw new Error("Add at least one target model.");return{name:t,targets:r,strategy:e.strategy,retry:Sr(e),fallback_on_context_length:e.fallback,description:e.description.trim()}}function Oe({alias:e,onSaved:t,onClose:r}){let[o,a]=$(()=>Bt(e)),[n,s]=$([]),[i,c]=$(!1),[p,u]=$(null);D(()=>{S("GET","/v1/models").then(g=>s((g.data||[]).map(f=>f.id).filter(f=>f.includes("/"))),()=>{})},[]);let m=g=>a(f=>({...f,...g})),_=(g,f)=>m({targets:o.targets.map((y,v)=>v===g?{...y,...f}:y)}),l=async g=>{g.preventDefault(),u(null),c(!0);try{let f=zt(o);if(!e){t(await S("POST","/admin/v1/aliases",f));return}let y=zt(Bt(e)),v=Object.keys(f).filter(T=>JSON.stringify(f[T])!==JSON.stringify(y[T]));t(v.length?await S("PATCH",`/admin/v1/aliases/${encodeURIComponent(e.name)}?update_mask=${v.join(",")}`,f):e)}catch(f){u(f),c(!1)}},h="alias-models";return d`<${G} title=${e?`Edit alias ${e.name}`:"New alias"} onClose=${r} wide>
    <form onSubmit=${l} novalidate>
      <${k} label="Alias name" hint="What clients send as the model. Letters, digits, '.', '_', ':' and '-'.">
        <input value=${o.name} required autocomplete="off" spellcheck="false" onInput=${g=>m({name:g.currentTarget.value})} />
      <//>
      <fieldset>
        <legend>Targets</legend>
        <datalist id=${h}>${n.map(g=>d`<option value=${g} />`)}</datalist>
        ${o.targets.map((g,f)=>d`<div class="row" key=${f}>
          <${k} label="Target model" className="grow">
            <input value=${g.model} list=${h} placeholder="provider/model" autocomplete="off" spellcheck="false"
              onInput=${y=>_(f,{model:y.currentTarget.value})} />
          <//>
          <${k} label="Weight" className="narrow">
            <input type="number" min="1" step="1" value=${g.weight} onInput=${y=>_(f,{weight:y.currentTarget.value})} />
          <//>
          <button type="button" class="field-button" disabled=${o.targets.length===1}
            aria-label=${`Remove target ${g.model||f+1}`}
            onClick=${()=>m({targets:o.targets.filter((y,v)=>v!==f)})}>Remove</button>
        </div>`)}
        <button type="button" onClick=${()=>m({targets:[...o.targets,{model:"",weight:"1"}]})}>Add target</button>
      </fieldset>
      <${k} label="Strategy">
        <select value=${o.strategy} onChange=${g=>m({strategy:g.currentTarget.value})}>
          ${he.map(([g,f])=>d`<option value=${g}>${f}</option>`)}
        </select>
      <//>
      <fieldset>
        <legend>Retries</legend>
        <div class="row">
          <${k} label="Max attempts" hint="Per target, first try included. Default 3.">
            <input type="number" min="1" step="1" value=${o.maxAttempts} placeholder="3" onInput=${g=>m({maxAttempts:g.currentTarget.value})} />
          <//>
          <${k} label="Initial backoff (ms)" hint="Doubles each retry. Default 200.">
            <input type="number" min="1" value=${o.initialBackoff} placeholder="200" onInput=${g=>m({initialBackoff:g.currentTarget.value})} />
          <//>
          <${k} label="Max backoff (ms)" hint="Default 5000.">
            <input type="number" min="1" value=${o.maxBackoff} placeholder="5000" onInput=${g=>m({maxBackoff:g.currentTarget.value})} />
          <//>
          <${k} label="Deadline (s)" hint="The whole request. Default 120.">
            <input type="number" min="1" value=${o.deadline} placeholder="120" onInput=${g=>m({deadline:g.currentTarget.value})} />
          <//>
        </div>
        <label class="check">
          <input type="checkbox" checked=${o.fallback} onChange=${g=>m({fallback:g.currentTarget.checked})} />
          On a context-length error, try targets with a larger context window
        </label>
      </fieldset>
      <${k} label="Description">
        <input value=${o.description} onInput=${g=>m({description:g.currentTarget.value})} />
      <//>
      <${P} error=${p} />
      <div class="actions">
        <button type="button" onClick=${r}>Cancel</button>
        <button type="submit" class="primary" disabled=${i}>Save</button>
      </div>
    </form>
  <//>`}var Cr={CLOSED:["closed","ok"],OPEN:["open","bad"],HALF_OPEN:["half-open","busy"]};function Er(e){let t=e&&e.breaker_state;return Cr[t]||null}function Ar(e){if(!e)return"defaults";let t=[];return e.max_attempts&&t.push(`${e.max_attempts} attempts`),e.initial_backoff&&t.push(`backoff ${Math.round(H(e.initial_backoff)*1e3)} ms`),e.max_backoff&&t.push(`up to ${Math.round(H(e.max_backoff)*1e3)} ms`),e.deadline&&t.push(`deadline ${H(e.deadline)} s`),t.length?t.join(", "):"defaults"}function Pr(e){let t=Number(e.requests||0),r=Number(e.failures||0),o=Number(e.in_flight||0);return`${t}${r?` (${r} failed)`:""}${o?`, ${o} in flight`:""}`}function Wt({alias:e,canChange:t,onEdit:r,onDelete:o}){let a=(he.find(([n])=>n===e.strategy)||he[0])[1];return d`<article class="card alias" aria-label=${`Alias ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      ${t&&d`<div class="buttons">
        <button type="button" onClick=${r}>Edit</button>
        <button type="button" onClick=${o}>Delete</button>
      </div>`}
    </div>
    ${e.description&&d`<p>${e.description}</p>`}
    <dl>
      <dt>Strategy</dt><dd>${a}</dd>
      <dt>Retries</dt><dd>${Ar(e.retry)}</dd>
      ${e.fallback_on_context_length&&d`<dt>Context fallback</dt><dd>on</dd>`}
      ${e.owner&&d`<dt>Owner</dt><dd>${e.owner}</dd>`}
    </dl>
    <div class="table-wrap">
      <table>
        <caption class="sr-only">Targets of ${e.name}</caption>
        <thead><tr><th scope="col">Target</th><th scope="col">Weight</th><th scope="col">Breaker</th>
          <th scope="col">Last served</th><th scope="col">Requests</th></tr></thead>
        <tbody>
          ${(e.targets||[]).map(n=>{let s=n.status||{},i=Er(s);return d`<tr key=${n.model}>
              <td><code>${n.model}</code></td>
              <td>${n.weight||1}</td>
              <td>${i?d`<span class=${"badge "+i[1]}>${i[0]}</span>`:d`<span class="muted">—</span>`}</td>
              <td><${Q} time=${s.last_served_time} /></td>
              <td>${n.status?Pr(s):d`<span class="muted">—</span>`}</td>
            </tr>`})}
        </tbody>
      </table>
    </div>
  </article>`}function Nr(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function Le({me:e}){let{data:t,error:r,refresh:o}=me(()=>S("GET","/admin/v1/aliases").then(c=>c.aliases||[]),5e3),[a,n]=$(null),s=()=>n(null),i=()=>{s(),o()};return d`<section>
    <div class="toolbar">
      <h1>Aliases</h1>
      ${ee(e.role)&&d`<button type="button" class="primary" onClick=${()=>n({add:!0})}>New alias</button>`}
    </div>
    <${P} error=${r} />
    ${t===void 0&&!r&&d`<${I} />`}
    ${t&&t.length===0&&d`<p class="empty">No aliases yet. An alias gives several provider models one name, with failover.</p>`}
    ${t&&t.length>0&&d`<div class="cards wide-cards">
      ${t.map(c=>d`<${Wt} key=${c.name} alias=${c} canChange=${Nr(e,c)}
        onEdit=${()=>n({edit:c})} onDelete=${()=>n({remove:c})} />`)}
    </div>`}
    ${a&&a.add&&d`<${Oe} onSaved=${i} onClose=${s} />`}
    ${a&&a.edit&&d`<${Oe} alias=${a.edit} onSaved=${i} onClose=${s} />`}
    ${a&&a.remove&&d`<${de} title=${`Delete alias ${a.remove.name}`}
      message=${`Clients that send ${a.remove.name} as the model will get an error.`}
      confirmLabel="Delete" onClose=${s}
      onConfirm=${async()=>{await S("DELETE",`/admin/v1/aliases/${encodeURIComponent(a.remove.name)}`),o()}} />`}
  </section>`}function Ue(){return d`<h1>Keys</h1>
    <p>Not built yet.</p>`}function Fe(){return d`<h1>Usage</h1>
    <p>Not built yet.</p>`}function He(){return d`<h1>Audit</h1>
    <p>Not built yet.</p>`}function jt(e,{system:t,message:r,temperature:o,maxTokens:a}){let n=[];t.trim()&&n.push({role:"system",content:t}),n.push({role:"user",content:r});let s={model:e,messages:n,stream:!0,stream_options:{include_usage:!0}};return o!==""&&(s.temperature=Number(o)),a!==""&&(s.max_tokens=Number(a)),s}async function qt(e,t,r){let o=performance.now(),a="",n=!0;r({state:"streaming",text:"",error:null,ttftMs:null,usage:null});let s=c=>{let p=c.headers;r({provider:p.get("x-switchboard-provider")||"",upstreamModel:p.get("x-switchboard-model")||"",alias:p.get("x-switchboard-alias")||"",attempts:p.get("x-switchboard-attempts")||""})},i=c=>{if(!c||typeof c!="object")return;let p={};c.model&&(p.chunkModel=c.model),c.usage&&(p.usage=c.usage);let u=(c.choices||[]).map(m=>m.delta&&m.delta.content||"").join("");u&&(n&&(p.ttftMs=Math.round(performance.now()-o),n=!1),a+=u,p.text=a),r(p)};try{await xt("/v1/chat/completions",e,i,t,s),r({state:"done",totalMs:Math.round(performance.now()-o)})}catch(c){c.name==="AbortError"?r({state:"stopped",totalMs:Math.round(performance.now()-o)}):r({state:"error",error:c})}}function Gt(e,t,r,o){if(!e||!o||!r)return null;let a=r.includes("/")?r.slice(r.indexOf("/")+1):r,n=e.find(c=>c.provider===t&&c.model===a)||e.find(c=>c.provider==="*"&&c.model===a);if(!n||n.input===void 0||n.output===void 0)return null;let s=o.prompt_tokens||0,i=o.completion_tokens||0;return(s*Number(n.input)+i*Number(n.output))/1e6}function Kt({label:e,run:t,prices:r}){let o=t.usage,a=t.upstreamModel||t.chunkModel,n=o?Gt(r,t.provider,a,o):null;return d`<div class="answer-panel">
    <div role="log" aria-label=${e} aria-busy=${t.state==="streaming"} class="answer">${t.text}</div>
    <${P} error=${t.error} />
    ${t.state&&d`<p class="stats">
      <span>${t.state==="streaming"?"Streaming…":t.state==="stopped"?"Stopped":t.state==="error"?"Failed":"Done"}</span>
      ${t.ttftMs!==null&&t.ttftMs!==void 0&&d`<span>TTFT ${t.ttftMs} ms</span>`}
      ${t.totalMs!==void 0&&d`<span>total ${t.totalMs} ms</span>`}
      ${o&&d`<span>${o.total_tokens??(o.prompt_tokens||0)+(o.completion_tokens||0)} tokens
        (${o.prompt_tokens||0} in, ${o.completion_tokens||0} out)</span>`}
      ${o&&d`<span>${n===null?"cost unknown (no price)":`cost ≈ $${n.toFixed(6)}`}</span>`}
      ${(t.provider||a)&&d`<span>served by ${t.provider?`${t.provider}/`:""}${a}</span>`}
      ${t.alias&&d`<span>via alias ${t.alias}</span>`}
      ${t.attempts&&t.attempts!=="1"&&d`<span>${t.attempts} attempts</span>`}
    </p>`}
  </div>`}var Mr=4;function Vt({label:e,value:t,models:r,onChange:o}){return d`<${k} label=${e}>
    <select value=${t} onChange=${a=>o(a.currentTarget.value)}>
      ${r.map(a=>d`<option value=${a.id}>${a.id}${a.alias?" (alias)":""}</option>`)}
    </select>
  <//>`}function Be(){let[e,t]=$(null),[r,o]=$(null),[a,n]=$(null),[s,i]=$(!1),[c,p]=$(["",""]),[u,m]=$({system:"",message:"",temperature:"",maxTokens:""}),[_,l]=$([]),[h,g]=$(!1),f=L(null);D(()=>(S("GET","/v1/models").then(x=>{let b=(x.data||[]).map(w=>({id:w.id,alias:!w.id.includes("/")&&w.owned_by==="switchboard"}));b.sort((w,E)=>w.alias===E.alias?w.id.localeCompare(E.id):w.alias?-1:1),t(b),b.length&&p([b[0].id,(b[1]||b[0]).id])},n),S("GET","/admin/v1/prices").then(x=>o(x.prices||[]),()=>o([])),()=>f.current&&f.current.abort()),[]);let y=x=>m(b=>({...b,...x})),v=s?c:c.slice(0,1),T=async x=>{if(x.preventDefault(),!u.message.trim()||h)return;let b=new AbortController;f.current=b,g(!0);let w=[...v];l(w.map(E=>({model:E,text:"",state:"streaming"}))),await Promise.all(w.map((E,U)=>qt(jt(E,u),b.signal,F=>l(B=>B.map((O,R)=>R===U?{...O,...F}:O))))),g(!1),f.current=null},C=()=>f.current&&f.current.abort();return a?d`<h1>Playground</h1><${P} error=${a} />`:e?d`<section>
    <h1>Playground</h1>
    ${e.length===0&&d`<p class="empty">No models yet: add a provider first.</p>`}
    <form class="card playground" onSubmit=${T}>
      <label class="check">
        <input type="checkbox" checked=${s} onChange=${x=>i(x.currentTarget.checked)} />
        Compare
      </label>
      <div class="row">
        ${!s&&d`<${Vt} label="Model" value=${c[0]} models=${e}
          onChange=${x=>p([x,...c.slice(1)])} />`}
        ${s&&c.map((x,b)=>d`<${Vt} key=${b} label=${`Model ${b+1}`} value=${x} models=${e}
          onChange=${w=>p(c.map((E,U)=>U===b?w:E))} />`)}
        ${s&&d`<div class="row">
          <button type="button" disabled=${c.length>=Mr}
            onClick=${()=>p([...c,e[c.length%e.length].id])}>Add model</button>
          ${c.length>2&&d`<button type="button" onClick=${()=>p(c.slice(0,-1))}>Remove last</button>`}
        </div>`}
      </div>
      <${k} label="System prompt">
        <textarea rows="2" value=${u.system} onInput=${x=>y({system:x.currentTarget.value})} />
      <//>
      <${k} label="Message">
        <textarea rows="4" value=${u.message} required onInput=${x=>y({message:x.currentTarget.value})} />
      <//>
      <div class="row">
        <${k} label="Temperature" hint="0–2; empty: the model's default.">
          <input type="number" min="0" max="2" step="0.1" value=${u.temperature} onInput=${x=>y({temperature:x.currentTarget.value})} />
        <//>
        <${k} label="Max tokens" hint="Empty: no limit.">
          <input type="number" min="1" step="1" value=${u.maxTokens} onInput=${x=>y({maxTokens:x.currentTarget.value})} />
        <//>
      </div>
      <div class="actions">
        <button type="button" onClick=${C} disabled=${!h}>Stop</button>
        <button type="submit" class="primary" disabled=${h||!u.message.trim()||e.length===0}>Send</button>
      </div>
    </form>
    ${_.length>0&&d`<div class=${_.length>1?"answers":""}>
      ${_.map(x=>d`<div>
        ${_.length>1&&d`<h2 class="answer-title"><code>${x.model}</code></h2>`}
        <${Kt} label=${_.length>1?`Answer ${x.model}`:"Answer"} run=${x} prices=${r} />
      </div>`)}
    </div>`}
  </section>`:d`<h1>Playground</h1><${I} />`}var Jt=[["providers","Providers",Ie],["aliases","Aliases",Le],["keys","Keys",Ue],["usage","Usage",Fe],["audit","Audit",He],["playground","Playground",Be]];function Yt(){let[e,t]=$(void 0),[r,o]=$(null),[a,n]=$("");if(D(()=>{vt(()=>{t(null),n("Your session has ended. Sign in again.")}),Pt().then(t,o)},[]),e===void 0)return d`<main class="boot">${r?d`<${P} error=${r} />`:d`<${I} />`}</main>`;if(!e)return d`<${Dt} notice=${a} onSignedIn=${i=>{n(""),t(i)}} />`;let s=async()=>{try{await Mt()}finally{n("You are signed out."),t(null)}};return d`<${Dr} me=${e.me} onSignOut=${s} />`}function Dr({me:e,onSignOut:t}){let r=Rt(),[o,a]=$(!1),n=L(null),s=L(!0),i=e.role||"viewer",c=Jt.filter(([l])=>Me(i,l)),p=Jt.find(([l])=>l===r),[,u,m]=p||[];D(()=>{r||window.location.replace("#/"+c[0][0]),document.title=(u||"Switchboard")+" · Switchboard console",a(!1),!s.current&&n.current&&n.current.focus(),s.current=!1},[r]);let _;return r?p?Me(i,r)?_=d`<${m} me=${e} />`:_=d`<h1>${u}</h1><p>Your role (${i}) may not open this page.</p>`:_=d`<h1>Page not found</h1><p>There is no page <code>${r}</code>.</p>`:_=d`<${I} />`,d`<div class="shell">
    <a class="skip" href="#main" onClick=${l=>{l.preventDefault(),n.current.focus()}}>Skip to content</a>
    <header class="top">
      <span class="brand">Switchboard</span>
      <button type="button" class="menu-toggle" aria-expanded=${o} aria-controls="nav"
        onClick=${()=>a(!o)}>Menu</button>
      <nav id="nav" class=${o?"open":""} aria-label="Main">
        <ul>
          ${c.map(([l,h])=>d`<li key=${l}>
            <a href=${"#/"+l} aria-current=${l===r?"page":void 0}>${h}</a>
          </li>`)}
        </ul>
      </nav>
      <div class="user">
        <span class="user-name">${e.user_name||e.key_prefix||"signed in"}</span>
        <span class="role">${i}</span>
        <button type="button" onClick=${t}>Sign out</button>
      </div>
    </header>
    <main id="main" ref=${n} tabindex="-1">${_}</main>
  </div>`}tt(d`<${Yt} />`,document.getElementById("app"));
